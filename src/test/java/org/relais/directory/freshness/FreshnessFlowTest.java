package org.relais.directory.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.directory.domain.DirectoryChanges;
import org.relais.directory.domain.FieldChange;
import org.relais.directory.domain.MemberStatus;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Freshness end to end on the real database and a real SMTP server (GreenMail): the monthly reminder on the first
 * working day only, once per editor and month; the one-click link (GET shows, POST confirms, with history); bad
 * links refused with a page; campaigns, their mails and their progress; who may see them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FreshnessFlowTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MonthlyReminders monthly;

	@Autowired
	Campaigns campaigns;

	@Autowired
	DirectoryChanges changes;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcTemplate jdbc;

	FreshnessFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new FreshnessFixtures(context);
	}

	/**
	 * A territory with two organisations. E1 (French) edits both, E2 (German) the first; E3 only asked to join
	 * the first, E4 is a member of it without the partner role: neither edits. S1 and S2 are stale from 2027 on,
	 * S3 was assured ten days ago for a year.
	 */
	record World(UUID territory, UUID o1, UUID o2, UUID e1, String e1Email, UUID e2, String e2Email, String e3Email,
			String e4Email, UUID s1, String s1Name, UUID s2, String s2Name, UUID s3, String s3Name) {
	}

	private World world(String country, String zone) {
		UUID t = fixtures.territory(country, zone);
		String e1Email = FreshnessFixtures.unique("e1") + "@fresh.example.org";
		String e2Email = FreshnessFixtures.unique("e2") + "@fresh.example.org";
		String e3Email = FreshnessFixtures.unique("e3") + "@fresh.example.org";
		String e4Email = FreshnessFixtures.unique("e4") + "@fresh.example.org";
		UUID e1 = fixtures.user(e1Email, "Élise Premier", "fr", t, Role.PARTNER);
		UUID e2 = fixtures.user(e2Email, "Jonas Zweiter", "de", t, Role.PARTNER);
		UUID e3 = fixtures.user(e3Email, "Pia Pending", "fr", t, Role.PARTNER);
		UUID e4 = fixtures.user(e4Email, "Ali Agent", "fr", t, Role.AGENT);
		UUID o1 = fixtures.organisation(t, FreshnessFixtures.unique("Maison des solidarités"));
		UUID o2 = fixtures.organisation(t, FreshnessFixtures.unique("Épicerie du lien"));
		fixtures.member(o1, e1, MemberStatus.ACTIVE);
		fixtures.member(o2, e1, MemberStatus.ACTIVE);
		fixtures.member(o1, e2, MemberStatus.ACTIVE);
		fixtures.member(o1, e3, MemberStatus.PENDING);
		fixtures.member(o1, e4, MemberStatus.ACTIVE);
		String s1Name = FreshnessFixtures.unique("Accueil de jour");
		String s2Name = FreshnessFixtures.unique("Colis alimentaires");
		String s3Name = FreshnessFixtures.unique("Permanence juridique");
		UUID s1 = fixtures.service(o1, s1Name, at(2026, 11, 2, 10), 1);
		UUID s2 = fixtures.service(o2, s2Name, at(2026, 11, 2, 10), 3);
		UUID s3 = fixtures.service(o1, s3Name, Instant.now().minus(Duration.ofDays(10)), 12);
		return new World(t, o1, o2, e1, e1Email, e2, e2Email, e3Email, e4Email, s1, s1Name, s2, s2Name, s3, s3Name);
	}

	// monthly reminder

	@Test
	void theFirstWorkingDayOfTheMonthBringsOneMailPerEditorAndNoOtherDayDoes() throws Exception {
		World w = world("FR", "Europe/Paris");

		monthly.run(at(2027, 2, 26, 8)); // a Friday, not the first working day of February
		monthly.run(at(2027, 2, 28, 8)); // a Sunday
		assertThat(monthly.run(at(2027, 3, 1, 8))).as("Monday 1 March 2027").isGreaterThanOrEqualTo(2);
		assertThat(monthly.run(at(2027, 3, 1, 16))).as("the same day again").isZero();
		monthly.run(at(2027, 3, 2, 8)); // the day after
		awaitMailsSettled();

		assertThat(mailsTo(w.e3Email())).as("a pending member edits nothing").isEmpty();
		assertThat(mailsTo(w.e4Email())).as("a member without the partner role edits nothing").isEmpty();
		MimeMessage french = single(w.e1Email());
		assertThat(french.getSubject()).isEqualTo("Relais : 2 service(s) à vérifier");
		String text = part(french, 0);
		assertThat(text).startsWith("Bonjour Élise Premier")
			.contains(w.s1Name(), w.s2Name(), "Confirmer que tout est à jour")
			.doesNotContain(w.s3Name());
		String link = link(text);
		assertThat(link).startsWith("http://localhost:8080/directory/confirm/").endsWith("?lang=fr");
		assertThat(part(french, 1)).contains("href=\"" + link + "\"");

		MimeMessage german = single(w.e2Email());
		assertThat(german.getSubject()).isEqualTo("Relais: 1 Angebot(e) zu überprüfen");
		assertThat(part(german, 0)).startsWith("Guten Tag Jonas Zweiter")
			.contains(w.s1Name())
			.doesNotContain(w.s2Name(), w.s3Name());

		assertThat(jdbc.queryForObject("select count(*) from dir_freshness_reminder where user_id = ? and period = ?",
				Integer.class, w.e1(), "2027-03"))
			.isEqualTo(1);
	}

	@Test
	void aPublicHolidayMovesTheFirstWorkingDayOfItsCountryOnly() throws Exception {
		World france = world("FR", "Europe/Paris");
		World swiss = world("CH", "Europe/Zurich");

		// Monday 1 November 2027 is All Saints' Day in France, a working day in Zürich.
		monthly.run(at(2027, 11, 1, 8));
		awaitMailsSettled();
		assertThat(mailsTo(france.e1Email())).isEmpty();
		assertThat(single(swiss.e1Email()).getSubject()).isEqualTo("Relais : 2 service(s) à vérifier");

		monthly.run(at(2027, 11, 2, 8));
		awaitMailsSettled();
		assertThat(single(france.e1Email()).getSubject()).isEqualTo("Relais : 2 service(s) à vérifier");
		assertThat(mailsTo(swiss.e1Email())).hasSize(1);
	}

	@Test
	void aTerritoryAdminSendsThisMonthsReminderNowAtMostOnce() throws Exception {
		World w = world("FR", "Europe/Paris");
		fixtures.service(w.o2(), FreshnessFixtures.unique("Vestiaire"), Instant.now().minus(Duration.ofDays(100)), 3);
		RelaisPrincipal admin = admin(w.territory());
		RelaisPrincipal agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		assertThat(mvc.perform(post("/admin/directory/campaigns/reminders").with(user(agent)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);

		for (String flash : List.of("directory.freshness.reminders.sent", "directory.freshness.reminders.nobody")) {
			var result = mvc.perform(post("/admin/directory/campaigns/reminders").with(user(admin)).with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/directory/campaigns");
			assertThat(result.getFlashMap().get("flash")).isEqualTo(flash);
		}
		awaitMailsSettled();
		assertThat(single(w.e1Email()).getSubject()).isEqualTo("Relais : 1 service(s) à vérifier");
		assertThat(mailsTo(w.e2Email())).as("nothing stale in the first organisation today").isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and territory_id = ?",
				Integer.class, "FRESHNESS_REMINDERS_SENT", w.territory()))
			.isEqualTo(2);
	}

	// the one-click link

	@Test
	void theMailLinkShowsOnGetAndConfirmsOnPostWithHistory() throws Exception {
		World w = world("FR", "Europe/Paris");
		monthly.run(at(2027, 4, 1, 8)); // Thursday 1 April 2027
		awaitMailsSettled();
		String path = path(link(part(single(w.e1Email()), 0)));
		Instant assuredBefore = fixtures.reload(w.s1()).getAssuredAt();

		MockHttpServletResponse shown = mvc.perform(get(path).header("Accept-Language", "fr")).andReturn().getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(body(shown)).contains("Ces services sont-ils toujours exacts ?", w.s1Name(), w.s2Name(),
				"Tout est toujours exact", "name=\"_csrf\"");
		assertThat(fixtures.reload(w.s1()).getAssuredAt()).as("a GET changes nothing").isEqualTo(assuredBefore);

		assertThat(mvc.perform(post(path)).andReturn().getResponse().getStatus()).as("without CSRF token")
			.isEqualTo(403);
		assertThat(fixtures.reload(w.s1()).getAssuredAt()).isEqualTo(assuredBefore);

		MockHttpServletResponse confirmed = mvc.perform(post(path).with(csrf()).header("Accept-Language", "fr"))
			.andReturn()
			.getResponse();
		assertThat(confirmed.getStatus()).isEqualTo(200);
		assertThat(body(confirmed)).contains("Merci, c’est confirmé", "2 service(s) confirmé(s)", w.s1Name());
		for (UUID id : List.of(w.s1(), w.s2())) {
			var s = fixtures.reload(id);
			assertThat(s.isStale(Instant.now())).isFalse();
			assertThat(s.getAssuredBy()).isEqualTo(w.e1());
			assertThat(s.getAssuredByName()).isEqualTo("Élise Premier");
			FieldChange change = changes.history(id)
				.stream()
				.filter(c -> c.getFieldName().equals("assured_at"))
				.findFirst()
				.orElseThrow();
			assertThat(change.getChangedBy()).isEqualTo(w.e1());
			assertThat(change.getReplacementValue()).isEqualTo(s.getAssuredAt().toString());
		}

		MockHttpServletResponse again = mvc.perform(post(path).with(csrf()).header("Accept-Language", "fr"))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(410);
		assertThat(body(again)).contains("Lien déjà utilisé");
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(410);
	}

	@Test
	void tamperedForgedAndExpiredLinksAreRefusedWithAPage() throws Exception {
		World w = world("FR", "Europe/Paris");
		String good = fixtures.link(w.e1(), Set.of(w.s1()), Instant.now().plus(Duration.ofDays(30)));
		String token = good.substring(good.lastIndexOf('/') + 1);
		String[] parts = token.split("\\.");
		Instant assuredBefore = fixtures.reload(w.s1()).getAssuredAt();

		String flipped = parts[2].charAt(0) == 'A' ? "B" + parts[2].substring(1) : "A" + parts[2].substring(1);
		String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400 * 365) + "." + parts[2];
		String otherLink = FreshnessFixtures.unique("x");
		for (String bad : List.of(parts[0] + "." + parts[1] + "." + flipped, longer, otherLink, parts[0],
				"a.b.c")) {
			for (RequestBuilder request : List.of(get("/directory/confirm/{t}", bad).header("Accept-Language", "en"),
					post("/directory/confirm/{t}", bad).with(csrf()).header("Accept-Language", "en"))) {
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				assertThat(response.getStatus()).as(bad).isEqualTo(404);
				assertThat(body(response)).contains("This confirmation link is not valid").doesNotContain(w.s1Name());
			}
		}

		String expired = fixtures.link(w.e1(), Set.of(w.s1()), Instant.now().minusSeconds(60));
		MockHttpServletResponse response = mvc.perform(post(expired).with(csrf()).header("Accept-Language", "de"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(410);
		assertThat(body(response)).contains("Link abgelaufen").doesNotContain(w.s1Name());
		assertThat(fixtures.reload(w.s1()).getAssuredAt()).isEqualTo(assuredBefore);

		// The good link still works: nothing above used it up.
		assertThat(mvc.perform(get(good)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aLinkConfirmsOnlyWhatItsEditorStillEdits() throws Exception {
		World w = world("FR", "Europe/Paris");
		String link = fixtures.link(w.e2(), Set.of(w.s1(), w.s2()), Instant.now().plus(Duration.ofDays(1)));
		String page = body(mvc.perform(get(link).header("Accept-Language", "fr")).andReturn().getResponse());
		assertThat(page).contains(w.s1Name()).doesNotContain(w.s2Name());
		mvc.perform(post(link).with(csrf()));
		assertThat(fixtures.reload(w.s2()).getAssuredBy()).as("E2 does not edit S2").isNull();
		assertThat(fixtures.reload(w.s1()).getAssuredBy()).isEqualTo(w.e2());
	}

	// the badge

	@Test
	void theToVerifyBadgeShowsInSearchAndOnTheServicePageUntilConfirmed() throws Exception {
		World w = world("FR", "Europe/Paris");
		String agentEmail = FreshnessFixtures.unique("agent") + "@fresh.example.org";
		RelaisPrincipal agent = accounts
			.findById(fixtures.user(agentEmail, "Agnès Agent", "fr", w.territory(), Role.AGENT))
			.orElseThrow();
		String oldName = FreshnessFixtures.unique("Aide aux démarches");
		UUID old = fixtures.service(w.o1(), oldName, Instant.now().minus(Duration.ofDays(200)), 6);
		assertThat(badges(agent, old, oldName)).as("past its six months").containsExactly(true, true);
		assertThat(badges(agent, w.s3(), w.s3Name())).as("a fresh service").containsExactly(false, false);

		String link = fixtures.link(w.e1(), Set.of(old), Instant.now().plus(Duration.ofDays(1)));
		assertThat(mvc.perform(post(link).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(badges(agent, old, oldName)).as("confirmed").containsExactly(false, false);
	}

	/** Whether the "to verify" badge shows on the service's search result, and on its page. */
	private List<Boolean> badges(RelaisPrincipal agent, UUID service, String name) throws Exception {
		Document results = Jsoup.parse(body(mvc.perform(get("/directory").param("q", name.substring(name.lastIndexOf('-') + 1))
			.with(user(agent))
			.header("Accept-Language", "fr")).andReturn().getResponse()));
		Element hit = results.select("li.result").stream()
			.filter(li -> li.select("h3 a").text().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no search result for " + name));
		Document page = Jsoup.parse(body(mvc.perform(get("/directory/services/{id}", service).with(user(agent))
			.header("Accept-Language", "fr")).andReturn().getResponse()));
		return List.of(hit.select(".tag").eachText().contains("À vérifier"),
				page.select("main .tag").eachText().contains("À vérifier"));
	}

	// campaigns

	@Test
	void aCampaignMailsEveryEditorAndFollowsWhoConfirmed() throws Exception {
		World w = world("FR", "Europe/Paris");
		UUID o3 = fixtures.organisation(w.territory(), FreshnessFixtures.unique("Centre social"));
		String e5Email = FreshnessFixtures.unique("e5") + "@fresh.example.org";
		UUID e5 = fixtures.user(e5Email, "Eva Cinquième", "fr", w.territory(), Role.PARTNER);
		fixtures.member(o3, e5, MemberStatus.ACTIVE);
		fixtures.service(o3, FreshnessFixtures.unique("Atelier numérique"), at(2026, 11, 2, 10), 6);
		RelaisPrincipal admin = admin(w.territory());
		LocalDate deadline = LocalDate.now(PARIS).plusDays(10);

		MockHttpServletResponse past = mvc
			.perform(post("/admin/directory/campaigns").param("deadline", "2020-01-01")
				.param("message", "")
				.with(user(admin))
				.with(csrf())
				.header("Accept-Language", "fr"))
			.andReturn()
			.getResponse();
		assertThat(past.getStatus()).isEqualTo(422);
		assertThat(body(past)).contains("La date limite doit être après aujourd’hui.", "aria-invalid=\"true\"");
		MockHttpServletResponse tooLong = mvc
			.perform(post("/admin/directory/campaigns").param("deadline", deadline.toString())
				.param("message", "x".repeat(1001))
				.with(user(admin))
				.with(csrf())
				.header("Accept-Language", "fr"))
			.andReturn()
			.getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(422);
		assertThat(body(tooLong)).contains("Le message ne doit pas dépasser 1000 caractères.");
		assertThat(jdbc.queryForObject("select count(*) from dir_verification_campaign where territory_id = ?",
				Integer.class, w.territory()))
			.as("nothing half-written")
			.isZero();

		MockHttpServletResponse launched = mvc
			.perform(post("/admin/directory/campaigns").param("deadline", deadline.toString())
				.param("message", "Merci de vérifier avant l’été")
				.with(user(admin))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(launched.getStatus()).isEqualTo(302);
		String detail = launched.getRedirectedUrl();
		assertThat(detail).matches("/admin/directory/campaigns/[0-9a-f-]{36}");
		UUID campaignId = UUID.fromString(detail.substring(detail.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?",
				Integer.class, "FRESHNESS_CAMPAIGN_LAUNCHED", "campaign " + campaignId))
			.isEqualTo(1);

		awaitMailsSettled();
		MimeMessage e1Mail = single(w.e1Email());
		assertThat(e1Mail.getSubject()).startsWith("Relais – Territoire ").contains("confirmez vos services");
		String e1Text = part(e1Mail, 0);
		assertThat(e1Text).contains("Merci de vérifier avant l’été", w.s1Name(), w.s2Name(), w.s3Name());
		assertThat(part(single(w.e2Email()), 0)).contains(w.s1Name(), w.s3Name()).doesNotContain(w.s2Name());
		assertThat(mailsTo(e5Email)).hasSize(1);
		assertThat(mailsTo(w.e3Email())).isEmpty();
		assertThat(mailsTo(w.e4Email())).isEmpty();

		Campaigns.Progress before = campaigns.get(w.territory(), campaignId, "fr").progress();
		assertThat(before.total()).isEqualTo(4);
		assertThat(before.confirmed()).isZero();
		assertThat(before.pending()).hasSize(3);

		mvc.perform(post(path(link(e1Text))).with(csrf()));

		Campaigns.Progress after = campaigns.get(w.territory(), campaignId, "fr").progress();
		assertThat(after.confirmed()).isEqualTo(3);
		assertThat(after.percent()).isEqualTo(75);
		assertThat(after.pending()).singleElement().satisfies(p -> {
			assertThat(p.toConfirm()).isEqualTo(1);
			assertThat(p.editors()).extracting(RelaisPrincipal::email).containsExactly(e5Email);
		});
		String page = body(mvc.perform(get(detail).with(user(admin)).header("Accept-Language", "fr"))
			.andReturn()
			.getResponse());
		assertThat(page).contains("75 % des services confirmés depuis le lancement (3 sur 4).", "Eva Cinquième",
				e5Email, "Merci de vérifier avant l’été")
			.doesNotContain(w.e1Email());
		String list = body(mvc.perform(get("/admin/directory/campaigns").with(user(admin))
			.header("Accept-Language", "fr")).andReturn().getResponse());
		assertThat(list).contains("75 % (3 sur 4)", detail);
	}

	@Test
	void onlyTerritoryAdminsSeeCampaignsAndOnlyTheirTerritorysOnes() throws Exception {
		World w = world("FR", "Europe/Paris");
		RelaisPrincipal admin = admin(w.territory());
		UUID campaignId = campaigns.launch(admin, LocalDate.now(PARIS).plusDays(5), null, PARIS).campaignId();
		String detail = "/admin/directory/campaigns/" + campaignId;

		assertThat(mvc.perform(get(detail).with(user(admin))).andReturn().getResponse().getStatus()).isEqualTo(200);
		for (String email : List.of("agent@demo.relais", "partner@demo.relais")) {
			RelaisPrincipal other = accounts.findByEmail(email).orElseThrow();
			for (String path : List.of("/admin/directory/campaigns", "/admin/directory/campaigns/new", detail)) {
				assertThat(mvc.perform(get(path).with(user(other))).andReturn().getResponse().getStatus())
					.as("%s %s", email, path)
					.isEqualTo(403);
			}
			assertThat(mvc
				.perform(post("/admin/directory/campaigns").param("deadline", LocalDate.now().plusDays(3).toString())
					.with(user(other))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(403);
		}
		RelaisPrincipal lyonAdmin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		MockHttpServletResponse foreign = mvc.perform(get(detail).with(user(lyonAdmin))).andReturn().getResponse();
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertThat(body(mvc.perform(get("/admin/directory/campaigns").with(user(lyonAdmin))).andReturn().getResponse()))
			.doesNotContain(campaignId.toString());
		assertThat(mvc.perform(get("/admin/directory/campaigns")).andReturn().getResponse().getStatus())
			.as("anonymous: to the sign-in page")
			.isEqualTo(302);
		assertThat(mvc.perform(get("/admin/directory/campaigns/new").with(user(admin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	// helpers

	private RelaisPrincipal admin(UUID territory) {
		String email = FreshnessFixtures.unique("admin") + "@fresh.example.org";
		UUID id = fixtures.user(email, "Ada Admin", "fr", territory, Role.TERRITORY_ADMIN);
		return accounts.findById(id).orElseThrow();
	}

	private static Instant at(int year, int month, int day, int hour) {
		return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, PARIS).toInstant();
	}

	/** Waits until every freshness publication is complete, so that no mail is still on its way. */
	private void awaitMailsSettled() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null and event_type like ?",
					Integer.class, "%FreshnessReminderDue%") == 0);
	}

	private MimeMessage single(String email) {
		List<MimeMessage> mails = mailsTo(email);
		assertThat(mails).as("mails to %s", email).hasSize(1);
		return mails.get(0);
	}

	private static List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients())
					.anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String part(MimeMessage mail, int index) throws Exception {
		BodyPart part = ((MimeMultipart) mail.getContent()).getBodyPart(index);
		return (String) part.getContent();
	}

	private static String link(String text) {
		return text.lines().filter(l -> l.contains("/directory/confirm/")).findFirst().orElseThrow().trim();
	}

	private static String path(String link) {
		String path = link.substring("http://localhost:8080".length());
		return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
