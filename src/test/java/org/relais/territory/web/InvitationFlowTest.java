package org.relais.territory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.testing.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.territory.InvitationIssued;
import org.relais.testing.Pages;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** A territory admin invites someone by email; the link lets them choose a password and join. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class InvitationFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountDirectory directory;

	TestAccounts accounts;

	RelaisPrincipal admin;

	String email;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		admin = accounts.principal("admin@demo.relais");
		email = TestAccounts.uniqueEmail("invitee");
	}

	@Test
	void invitedPersonOpensTheLinkAndSeesWhereAndAsWhat() throws Exception {
		InvitationIssued issued = invite(Role.AGENT, Role.COORDINATOR);
		assertThat(issued.territoryName()).isEqualTo("Métropole de Lyon");
		assertThat(issued.invitedBy()).isEqualTo(admin.displayName());
		assertThat(issued.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(6)));

		Document page = Pages.page(mvc.perform(get(path(issued))).andExpect(status().isOk()).andReturn());
		assertThat(page.select("p.lead").text()).contains("Inès Invitée", "Métropole de Lyon");
		assertThat(page.select(".tag").eachText()).containsExactlyInAnyOrder(
				text("territory.role.AGENT"), text("territory.role.COORDINATOR"));
		assertThat(page.select("input#password[type=password]")).hasSize(1);
		assertThat(page.select("input#confirmation[type=password]")).hasSize(1);

		// and the admin sees it pending
		Document team = Pages.page(mvc.perform(get("/admin/users").with(as(admin))).andExpect(status().isOk()).andReturn());
		assertThat(team.text()).contains(email);
	}

	@Test
	void weakPasswordIsRefusedNextToTheFieldAndNoAccountIsMade() throws Exception {
		InvitationIssued issued = invite(Role.AGENT);

		Document page = Pages.page(mvc
			.perform(post(path(issued)).param("password", "password1234")
				.param("confirmation", "password1234")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page.select("#password").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#password").attr("aria-describedby").split(" ")).contains("password-error");
		assertThat(page.select("#password-error").text()).contains(text("territory.password.tooGuessable"));
		assertThat(page.select("#error-summary a[href=#password]").text())
			.isEqualTo(text("territory.password.tooGuessable"));
		assertThat(page.select("#password").val()).isEmpty();
		assertThat(directory.findByEmail(email)).isEmpty();
		// the link still works
		mvc.perform(get(path(issued))).andExpect(status().isOk());
	}

	@Test
	void mismatchingConfirmationIsRefused() throws Exception {
		InvitationIssued issued = invite(Role.AGENT);

		Document page = Pages.page(mvc
			.perform(post(path(issued)).param("password", TestAccounts.PASSWORD)
				.param("confirmation", TestAccounts.PASSWORD + "!")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page.select("#confirmation-error").text()).contains(text("territory.password.mismatch"));
		assertThat(directory.findByEmail(email)).isEmpty();
	}

	@Test
	void goodPasswordCreatesTheAccountWithTheInvitedRoles() throws Exception {
		InvitationIssued issued = invite(Role.AGENT, Role.COORDINATOR);

		mvc.perform(post(path(issued)).param("password", TestAccounts.PASSWORD)
			.param("confirmation", TestAccounts.PASSWORD)
			.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "territory.invitation.accepted"));

		RelaisPrincipal created = directory.findByEmail(email).orElseThrow();
		assertThat(created.displayName()).isEqualTo("Inès Invitée");
		assertThat(created.membership(accounts.lyon()).orElseThrow().roles())
			.containsExactlyInAnyOrder(Role.AGENT, Role.COORDINATOR);
		assertThat(created.memberships()).hasSize(1);

		// the new member signs in with the chosen password
		String target = TestAccounts.postLogin(mvc, new MockHttpSession(), email, TestAccounts.PASSWORD,
				TestAccounts.fromOwnAddress())
			.getResponse()
			.getRedirectedUrl();
		assertThat(target).isEqualTo("/home");

		// and the link is spent
		Document again = Pages.page(mvc.perform(get(path(issued))).andExpect(status().isGone()).andReturn());
		assertThat(again.select(".warning").text()).isEqualTo(text("territory.invitation.alreadyAccepted"));
		mvc.perform(post(path(issued)).param("password", TestAccounts.PASSWORD)
			.param("confirmation", TestAccounts.PASSWORD)
			.with(csrf())).andExpect(status().isGone());
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'INVITATION_ACCEPTED' and target = ?", Integer.class,
				email)).isEqualTo(1);
	}

	@Test
	void expiredInvitationOffersANewLinkToTheSameAddress() throws Exception {
		InvitationIssued issued = invite(Role.AGENT);
		jdbc.update("update invitation set expires_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(1))), issued.invitationId());

		Document page = Pages.page(mvc.perform(get(path(issued))).andExpect(status().isGone()).andReturn());
		assertThat(page.select(".warning").text()).isEqualTo(text("territory.invitation.expiredText"));
		assertThat(page.select("form[action=" + path(issued) + "/renew] button").text())
			.isEqualTo(text("territory.invitation.renew"));
		assertThat(page.select("input#password")).as("no password form on an expired link").isEmpty();

		mvc.perform(post(path(issued)).param("password", TestAccounts.PASSWORD)
			.param("confirmation", TestAccounts.PASSWORD)
			.with(csrf())).andExpect(status().isGone());
		assertThat(directory.findByEmail(email)).isEmpty();

		mvc.perform(post(path(issued) + "/renew").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "territory.invitation.renewed"));

		List<InvitationIssued> issuedForEmail = events.stream(InvitationIssued.class)
			.filter(e -> e.email().equals(email))
			.toList();
		assertThat(issuedForEmail).hasSize(2);
		InvitationIssued renewed = issuedForEmail.get(1);
		assertThat(renewed.invitationId()).isNotEqualTo(issued.invitationId());
		assertThat(renewed.link()).isNotEqualTo(issued.link());
		assertThat(renewed.displayName()).isEqualTo(issued.displayName());
		mvc.perform(get(path(renewed))).andExpect(status().isOk());

		// asking again while a fresh link is out sends nothing more
		mvc.perform(post(path(issued) + "/renew").with(csrf())).andExpect(status().isFound());
		assertThat(events.stream(InvitationIssued.class).filter(e -> e.email().equals(email))).hasSize(2);
		// and a valid link cannot be used to send mails
		mvc.perform(post(path(renewed) + "/renew").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void unknownLinkIs404() throws Exception {
		Document page = Pages.page(
				mvc.perform(get("/invitations/no-such-token-at-all")).andExpect(status().isNotFound()).andReturn());
		assertThat(page.select("h1").text()).isEqualTo(text("territory.invitation.invalidTitle"));

		mvc.perform(post("/invitations/no-such-token-at-all").param("password", TestAccounts.PASSWORD)
			.param("confirmation", TestAccounts.PASSWORD)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/invitations/no-such-token-at-all/renew").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/invitations/" + "x".repeat(500))).andExpect(status().isNotFound());
	}

	private InvitationIssued invite(Role... roles) throws Exception {
		var request = post("/admin/users/invite").param("email", email.toUpperCase(Locale.ROOT))
			.param("displayName", "Inès Invitée")
			.param("language", "fr")
			.with(csrf())
			.with(as(admin));
		for (Role r : roles) {
			request.param("roles", r.name());
		}
		mvc.perform(request)
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flash", "territory.invite.sent"));
		List<InvitationIssued> issued = events.stream(InvitationIssued.class)
			.filter(e -> e.email().equals(email))
			.toList();
		assertThat(issued).as("one invitation mailed to the normalised address").hasSize(1);
		assertThat(issued.get(0).link()).contains("/invitations/");
		assertThat(Set.of(roles)).isNotEmpty();
		return issued.get(0);
	}

	private static String path(InvitationIssued issued) {
		return issued.link().substring(issued.link().indexOf("/invitations/"));
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.FRENCH);
	}

}
