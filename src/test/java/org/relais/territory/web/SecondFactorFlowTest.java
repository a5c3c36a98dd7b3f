package org.relais.territory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.testing.TestAccounts.postLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.Role;
import org.relais.territory.domain.Totp;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Enrolling an authenticator app, signing in with it, and the recovery codes that stand in for it. */
@SpringBootTest
@AutoConfigureMockMvc
class SecondFactorFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	RequestPostProcessor address = TestAccounts.fromOwnAddress();

	String email;

	UUID userId;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		email = TestAccounts.uniqueEmail("admin2fa");
		// its own territory: the demo territories keep the admins other tests expect
		userId = accounts.createUser(email, "Aline Admin", accounts.newTerritory(), Role.TERRITORY_ADMIN);
	}

	@Test
	void adminWithoutSecondFactorIsSentToEnrolBeforeAnythingElse() throws Exception {
		MockHttpSession session = signIn("/home");

		for (String path : List.of("/home", "/account", "/admin/users", "/territory")) {
			mvc.perform(get(path).session(session).with(address))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/account/2fa"));
		}
		Document page = Pages.page(mvc.perform(get("/account/2fa").session(session).with(address))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".warning").text()).isEqualTo(text("territory.twoFactor.requiredNotice"));
		String secret = page.select("#totp-secret").text();
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(page.select("img.qr").attr("src")).startsWith("data:image/svg+xml;base64,");

		Document wrong = Pages.page(mvc
			.perform(post("/account/2fa").param("code", wrongCode(secret))
				.session(session)
				.with(csrf())
				.with(address))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(wrong.select("#code").attr("aria-invalid")).isEqualTo("true");
		assertThat(wrong.select("#code-error").text()).contains(text("territory.twoFactor.codeInvalid"));
		assertThat(accounts.account(userId).isTotpEnabled()).isFalse();
		mvc.perform(get("/home").session(session).with(address)).andExpect(redirectedUrl("/account/2fa"));

		Document enrolled = Pages.page(mvc
			.perform(post("/account/2fa").param("code", Totp.code(secret, Totp.step(System.currentTimeMillis())))
				.session(session)
				.with(csrf())
				.with(address))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(enrolled.select(".flash").text()).isEqualTo(text("territory.twoFactor.enabled"));
		assertThat(enrolled.select("ul.codes code")).hasSize(10);
		assertThat(accounts.account(userId).isTotpEnabled()).isTrue();

		mvc.perform(get("/home").session(session).with(address)).andExpect(status().isOk());
		mvc.perform(get("/admin/users").session(session).with(address)).andExpect(status().isOk());
	}

	@Test
	void nextSignInAsksForTheCodeAndRefusesAWrongOne() throws Exception {
		String secret = enrol().secret();

		MockHttpSession session = signIn("/login/2fa");
		mvc.perform(get("/home").session(session).with(address))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login/2fa").session(session).with(address)).andExpect(status().isOk());

		Document wrong = Pages.page(mvc
			.perform(post("/login/2fa").param("code", wrongCode(secret)).session(session).with(csrf()).with(address))
			.andExpect(status().isUnauthorized())
			.andReturn());
		assertThat(wrong.select("#code-error").text()).contains(text("platform.login.codeInvalid"));
		assertThat(wrong.select("#code").attr("aria-invalid")).isEqualTo("true");
		assertThat(wrong.select("#code").attr("aria-describedby")).contains("code-error");

		Document empty = Pages.page(mvc
			.perform(post("/login/2fa").param("code", " ").session(session).with(csrf()).with(address))
			.andExpect(status().isUnauthorized())
			.andReturn());
		assertThat(empty.select("#code-error").text()).contains(text("platform.login.codeRequired"));
		mvc.perform(get("/home").session(session).with(address)).andExpect(status().isFound());

		// the enrolment used the code of this time step; the next one is within the allowed drift
		String next = Totp.code(secret, Totp.step(System.currentTimeMillis()) + 1);
		mvc.perform(post("/login/2fa").param("code", next).session(session).with(csrf()).with(address))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("http://localhost/home?continue")); // where the person was going
		mvc.perform(get("/home").session(session).with(address)).andExpect(status().isOk());

		// the same code cannot be played again in another session
		MockHttpSession replay = signIn("/login/2fa");
		mvc.perform(post("/login/2fa").param("code", next).session(replay).with(csrf()).with(address))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'SECOND_FACTOR_FAILED' and actor_email = ?",
				Integer.class, email)).isEqualTo(3);
	}

	@Test
	void recoveryCodeWorksOnceAndOnlyOnce() throws Exception {
		List<String> codes = enrol().recoveryCodes();
		assertThat(new HashSet<>(codes)).hasSize(10);
		assertThat(codes).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));

		MockHttpSession first = signIn("/login/2fa");
		mvc.perform(post("/login/2fa").param("code", codes.get(0)).session(first).with(csrf()).with(address))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/home"));
		mvc.perform(get("/home").session(first).with(address)).andExpect(status().isOk());

		MockHttpSession second = signIn("/login/2fa");
		Document refused = Pages.page(mvc
			.perform(post("/login/2fa").param("code", codes.get(0)).session(second).with(csrf()).with(address))
			.andExpect(status().isUnauthorized())
			.andReturn());
		assertThat(refused.select("#code-error").text()).contains(text("platform.login.codeInvalid"));
		mvc.perform(get("/home").session(second).with(address)).andExpect(status().isFound());

		// another code, typed in capitals without the dash, still works
		String typed = codes.get(1).replace("-", "").toUpperCase(Locale.ROOT);
		mvc.perform(post("/login/2fa").param("code", typed).session(second).with(csrf()).with(address))
			.andExpect(redirectedUrl("http://localhost/home?continue"));
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'RECOVERY_CODE_USED' and actor_email = ?",
				Integer.class, email)).isEqualTo(2);

		// the account page now counts the codes left
		Document account = Pages.page(mvc.perform(get("/account/2fa").session(second).with(address))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(account.select(".notice").text())
			.isEqualTo(messages.getMessage("territory.twoFactor.active", new Object[] { 8 }, Locale.FRENCH));
	}

	record Enrolled(String secret, List<String> recoveryCodes) {
	}

	/** Signs in (sent to enrol, as an admin), enrols the app and returns its secret and the recovery codes. */
	private Enrolled enrol() throws Exception {
		MockHttpSession session = signIn("/home");
		String secret = Pages.page(mvc.perform(get("/account/2fa").session(session).with(address)).andReturn())
			.select("#totp-secret")
			.text();
		Document page = Pages.page(mvc
			.perform(post("/account/2fa").param("code", Totp.code(secret, Totp.step(System.currentTimeMillis())))
				.session(session)
				.with(csrf())
				.with(address))
			.andExpect(status().isOk())
			.andReturn());
		return new Enrolled(secret, page.select("ul.codes code").eachText());
	}

	private MockHttpSession signIn(String expectedRedirect) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = postLogin(mvc, session, email, TestAccounts.PASSWORD, address);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
		return session;
	}

	/** A well-formed code that is not valid around now. */
	private static String wrongCode(String secret) {
		long now = Totp.step(System.currentTimeMillis());
		Set<String> valid = new HashSet<>();
		for (long s = now - 2; s <= now + 3; s++) {
			valid.add(Totp.code(secret, s));
		}
		int n = 0;
		while (valid.contains(String.format("%06d", n))) {
			n++;
		}
		return String.format("%06d", n);
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.FRENCH);
	}

}
