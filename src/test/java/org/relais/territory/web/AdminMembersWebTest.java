package org.relais.territory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.testing.TestAccounts.as;
import static org.relais.testing.TestAccounts.postLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.testing.Pages;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The territory admin's team page: disabling members, changing roles, and what cannot be done. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminMembersWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	RelaisPrincipal admin;

	RequestPostProcessor address = TestAccounts.fromOwnAddress();

	String email;

	UUID memberId;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		admin = accounts.principal("admin@demo.relais");
		email = TestAccounts.uniqueEmail("member");
		memberId = accounts.createUser(email, "Marc Membre", accounts.lyon(), Role.VOLUNTEER);
	}

	@Test
	void disabledMemberIsSignedOutAtOnceAndCannotSignInAgain() throws Exception {
		MockHttpSession member = signIn();
		mvc.perform(get("/home").session(member)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + memberId + "/disable").with(csrf()).with(as(admin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users/" + memberId))
			.andExpect(flash().attribute("flash", "territory.members.disabled"));

		mvc.perform(get("/home").session(member))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/account").session(member)).andExpect(redirectedUrl("/login"));

		mvc.perform(post("/login").param("email", email)
			.param("password", TestAccounts.PASSWORD)
			.with(csrf())
			.with(address)).andExpect(forwardedUrl("/login/failed"));

		Document page = Pages.page(
				mvc.perform(get("/admin/users/" + memberId).with(as(admin))).andExpect(status().isOk()).andReturn());
		assertThat(page.select("dl.facts").text()).contains(text("territory.members.disabledState"));
		assertThat(page.select("form[action=/admin/users/" + memberId + "/enable]")).hasSize(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'ACCOUNT_DISABLED' and target = ? and territory_id = ?",
				Integer.class, email, accounts.lyon())).isEqualTo(1);
	}

	@Test
	void adminCannotDisableThemself() throws Exception {
		UUID territory = accounts.newTerritory();
		String adminEmail = TestAccounts.uniqueEmail("soleadmin");
		UUID adminId = accounts.createUser(adminEmail, "Solène Seule", territory, Role.TERRITORY_ADMIN);

		mvc.perform(post("/admin/users/" + adminId + "/disable").with(csrf()).with(as(accounts.principal(adminEmail))))
			.andExpect(redirectedUrl("/admin/users/" + adminId))
			.andExpect(flash().attribute("flash", "territory.members.cannotDisableSelf"));
		assertThat(accounts.account(adminId).isEnabled()).isTrue();
	}

	@Test
	void lastAdminCannotDropTheirOwnAdminRole() throws Exception {
		UUID territory = accounts.newTerritory();
		String adminEmail = TestAccounts.uniqueEmail("soleadmin");
		UUID adminId = accounts.createUser(adminEmail, "Solène Seule", territory, Role.TERRITORY_ADMIN);
		RelaisPrincipal sole = accounts.principal(adminEmail);

		Document page = Pages.page(mvc
			.perform(post("/admin/users/" + adminId + "/roles").param("roles", "AGENT").with(csrf()).with(as(sole)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page.select("#roles-error").text()).contains(text("territory.members.lastAdmin"));
		assertThat(page.select("#error-summary").text()).contains(text("territory.members.lastAdmin"));
		assertThat(accounts.principal(adminEmail).membership(territory).orElseThrow().roles())
			.containsExactly(Role.TERRITORY_ADMIN);
	}

	@Test
	void noRoleAtAllIsRefused() throws Exception {
		Document page = Pages.page(mvc.perform(post("/admin/users/" + memberId + "/roles").with(csrf()).with(as(admin)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(page.select("#roles-error").text()).contains(text("territory.members.rolesRequired"));
		assertThat(accounts.principal(email).membership(accounts.lyon()).orElseThrow().roles())
			.containsExactly(Role.VOLUNTEER);
	}

	@Test
	void changingRolesIsAuditedAndTakesEffectAtOnce() throws Exception {
		MockHttpSession member = signIn();

		mvc.perform(post("/admin/users/" + memberId + "/roles").param("roles", "VOLUNTEER", "PARTNER")
			.with(csrf())
			.with(as(admin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users/" + memberId))
			.andExpect(flash().attribute("flash", "territory.members.rolesSaved"));

		assertThat(accounts.principal(email).membership(accounts.lyon()).orElseThrow().roles())
			.containsExactlyInAnyOrder(Role.VOLUNTEER, Role.PARTNER);
		String detail = jdbc.queryForObject(
				"select detail from audit_event where action = 'ROLES_CHANGED' and target = ? and territory_id = ?",
				String.class, email, accounts.lyon());
		assertThat(detail).contains("VOLUNTEER", "PARTNER");
		assertThat(jdbc.queryForObject(
				"select actor_email from audit_event where action = 'ROLES_CHANGED' and target = ?", String.class,
				email)).isEqualTo("admin@demo.relais");
		// the member's session held the old roles: it ends
		mvc.perform(get("/home").session(member)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void someoneOfAnotherTerritoryIsUnknownHere() throws Exception {
		UUID swiss = accounts.principal("agent@ch.demo.relais").userId();
		mvc.perform(get("/admin/users/" + swiss).with(as(admin))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/users/" + swiss + "/disable").with(csrf()).with(as(admin)))
			.andExpect(status().isNotFound());
		assertThat(accounts.account(swiss).isEnabled()).isTrue();
	}

	@Test
	void membersCannotOpenTheAdminPages() throws Exception {
		mvc.perform(get("/admin/users").with(as(accounts.principal(email)))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + memberId + "/roles").param("roles", "TERRITORY_ADMIN")
			.with(csrf())
			.with(as(accounts.principal(email)))).andExpect(status().isForbidden());
		assertThat(accounts.principal(email).membership(accounts.lyon()).orElseThrow().roles())
			.containsExactly(Role.VOLUNTEER);
	}

	private MockHttpSession signIn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		assertThat(postLogin(mvc, session, email, TestAccounts.PASSWORD, address).getResponse().getRedirectedUrl())
			.isEqualTo("/home");
		return session;
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.FRENCH);
	}

}
