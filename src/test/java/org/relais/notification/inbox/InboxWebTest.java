package org.relais.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.AccountDirectory;
import org.relais.platform.DashboardCard;
import org.relais.platform.DashboardContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.territory.MembershipChanged;
import org.relais.territory.SecurityNotice;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.domain.Membership;
import org.relais.territory.domain.MembershipRepository;
import org.relais.territory.domain.UserAccount;
import org.relais.territory.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Each user's inbox: fed by events, read in the reader's language, and nobody else's business. */
@SpringBootTest
@AutoConfigureMockMvc
class InboxWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	List<DashboardContributor> dashboards;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InboxRetention retention;

	UUID lyon;

	RelaisPrincipal alice;

	RelaisPrincipal bruno;

	@BeforeEach
	void twoNewUsers() {
		lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		alice = newUser("Alice Durand", "fr");
		bruno = newUser("Bruno Keller", "de");
	}

	private RelaisPrincipal newUser(String name, String language) {
		UserAccount account = users.save(new UserAccount("inbox-" + UUID.randomUUID() + "@example.org", name, null,
				language, Instant.now()));
		memberships.save(new Membership(account.getId(), lyon, Role.AGENT, Instant.now()));
		return accounts.findById(account.getId()).orElseThrow();
	}

	@Test
	void aSecurityNoticeAppearsInTheInboxAndOnlyItsOwnerCanMarkItRead() throws Exception {
		publish(new SecurityNotice(UUID.randomUUID(), alice.userId(), alice.email(), alice.displayName(), "fr",
				"PASSWORD_CHANGED"));

		Document page = awaitInbox(alice, "fr", "Le mot de passe de votre compte a été modifié.");
		assertThat(page.select(".bell .badge").text()).isEqualTo("1");
		assertThat(page.select("#unread-summary").text()).isEqualTo("Une notification non lue");
		Element row = page.selectFirst("tbody tr");
		assertThat(row.select(".tag").text()).isEqualTo("Non lue");
		assertThat(row.selectFirst("strong").text()).isEqualTo("Le mot de passe de votre compte a été modifié.");
		String action = row.selectFirst("form").attr("action");
		assertThat(action).matches("/notifications/[0-9a-f-]{36}/read");
		assertThat(row.selectFirst("form input[name=_csrf]")).isNotNull();
		assertThat(row.selectFirst("button").text()).isEqualTo("Ouvrir");

		// Somebody else's notification does not exist for Bruno.
		mvc.perform(post(action).with(user(bruno)).with(csrf())).andExpect(status().isNotFound());
		assertThat(inbox(alice, "fr").select("tbody .tag").text()).isEqualTo("Non lue");

		mvc.perform(post(action).with(user(alice)).with(csrf())).andExpect(redirectedUrl("/account"));

		Document after = inbox(alice, "fr");
		assertThat(after.select(".bell .badge")).isEmpty();
		assertThat(after.select("#unread-summary").text()).isEqualTo("Aucune notification non lue");
		assertThat(after.select("tbody .tag").text()).isEqualTo("Lue");
		assertThat(after.select("tbody a[href=/account]").text()).isEqualTo("Ouvrir");
	}

	@Test
	void aMalformedOrUnknownIdIsNotFound() throws Exception {
		mvc.perform(post("/notifications/not-a-uuid/read").with(user(alice)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/" + UUID.randomUUID() + "/read").with(user(alice)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aChangeOfRolesIsReadInTheReadersCurrentLanguage() throws Exception {
		publish(new MembershipChanged(bruno.userId(), lyon, "Metropole Lyon", Set.of("COORDINATOR", "AGENT"), true));

		awaitInbox(bruno, "de", "Ihre Rollen für Metropole Lyon sind jetzt: Sachbearbeitung, Koordination.");
		// Stored as keys, not text: the same notification in French names the territory and roles in French.
		// (jsoup's text() turns the no-break space before the colon into a space.)
		assertThat(inbox(bruno, "fr").select("tbody strong").text())
			.isEqualTo("Vos rôles pour Métropole de Lyon sont désormais : agent d’accueil, coordinateur.");
		assertThat(inbox(bruno, "it").select("title").text()).isEqualTo("Notifiche");
	}

	@Test
	void aReplayedSecurityNoticeAddsNothingAndAllCanBeMarkedRead() throws Exception {
		SecurityNotice notice = new SecurityNotice(UUID.randomUUID(), alice.userId(), alice.email(),
				alice.displayName(), "fr", "API_TOKEN_CREATED");
		publish(notice);
		await().atMost(Duration.ofSeconds(15)).until(() -> completedPublications(notice.mailId()) == 2);
		publish(notice);
		await().atMost(Duration.ofSeconds(15)).until(() -> completedPublications(notice.mailId()) == 4);
		publish(new SecurityNotice(UUID.randomUUID(), alice.userId(), alice.email(), alice.displayName(), "fr",
				"SOMETHING_NEW"));

		awaitInbox(alice, "en", "A security setting of your account was changed.");
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(inbox(alice, "en").select("tbody tr")).hasSize(2));
		assertThat(notifications.countByUserIdAndReadAtIsNull(alice.userId())).isEqualTo(2);

		mvc.perform(post("/notifications/read-all").with(user(alice)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("flash", "notification.inbox.allMarkedRead"));
		assertThat(notifications.countByUserIdAndReadAtIsNull(alice.userId())).isZero();
		assertThat(notifications.countByUserIdAndReadAtIsNull(bruno.userId())).isZero();
	}

	@Test
	void aNotificationWithoutLinkIsMarkedReadWithAMessage() throws Exception {
		publish(new MembershipChanged(bruno.userId(), lyon, "Metropole Lyon", Set.of("AGENT"), false));
		Document page = awaitInbox(bruno, "en", "Your account for Lyon Metropolis has been disabled.");
		Element row = page.selectFirst("tbody tr");
		assertThat(row.selectFirst("button").text()).isEqualTo("Mark as read");

		mvc.perform(post(row.selectFirst("form").attr("action")).with(user(bruno)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("flash", "notification.inbox.markedRead"));
	}

	@Test
	void badInputNeverBreaksThePage() throws Exception {
		for (String page : List.of("abc", "-3", "99999999999", "", "2")) {
			mvc.perform(get("/notifications").param("page", page).with(user(alice))).andExpect(status().isOk());
		}
		Document empty = inbox(alice, "it");
		assertThat(empty.select(".notice").text()).isEqualTo("Non ha notifiche.");
		assertThat(empty.select("form[action=/notifications/read-all]")).isEmpty();
	}

	@Test
	void signedOutPeopleAreSentToTheSignInPage() throws Exception {
		mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/notifications/read-all").with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void theHomePageCardCountsUnreadNotifications() throws Exception {
		publish(new SecurityNotice(UUID.randomUUID(), bruno.userId(), bruno.email(), bruno.displayName(), "de",
				"TWO_FACTOR_DISABLED"));
		awaitInbox(bruno, "de", "Die Zwei-Faktor-Authentifizierung wurde für Ihr Konto deaktiviert.");

		DashboardCard card = dashboards.stream()
			.flatMap(d -> d.cardsFor(bruno).stream())
			.filter(c -> c.href() != null && c.href().equals("/notifications"))
			.findFirst()
			.orElseThrow();
		assertThat(card.bodyKey()).isEqualTo("notification.unread");
		assertThat(card.bodyArgs()).containsExactly(1L);
		assertThat(card.linkKey()).isEqualTo("notification.dashboard.link");
	}

	/** Publications of events naming this id that completed: one per event and listener (mail, inbox). */
	private int completedPublications(UUID mailId) {
		Integer n = jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is not null and serialized_event like ?",
				Integer.class, "%" + mailId + "%");
		return n == null ? 0 : n;
	}

	@Test
	void notificationsAreRemovedAfterTheirRetention() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		notifications.save(new Notification(old, alice.userId(), null, "notification.security.OTHER", null, null,
				Instant.now().minus(Duration.ofDays(366))));
		notifications.save(new Notification(recent, alice.userId(), null, "notification.security.OTHER", null, null,
				Instant.now().minus(Duration.ofDays(364))));

		retention.purge();

		assertThat(notifications.existsById(old)).isFalse();
		assertThat(notifications.existsById(recent)).isTrue();
	}

	private void publish(Object event) {
		tx.executeWithoutResult(status -> events.publishEvent(event));
	}

	private Document awaitInbox(RelaisPrincipal reader, String language, String text) {
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(inbox(reader, language).select("tbody td").text()).contains(text));
		return inbox(reader, language);
	}

	private Document inbox(RelaisPrincipal reader, String language) {
		try {
			String html = mvc.perform(get("/notifications").with(user(reader)).header("Accept-Language", language))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as("every text of the module is translated").doesNotContain("??notification.");
			return Jsoup.parse(html);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
