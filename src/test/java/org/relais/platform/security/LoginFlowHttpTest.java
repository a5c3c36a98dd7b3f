package org.relais.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.Role;
import org.relais.testing.Browser;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in as a browser sees it, over real HTTP: failed sign-ins are forwarded to the form (which MockMvc does
 * not follow), and cookies are written by the servlet container.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginFlowHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	Browser browser;

	String email;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		browser = new Browser(port);
		email = TestAccounts.uniqueEmail("login");
		accounts.createUser(email, "Jeanne Login", accounts.lyon(), Role.VOLUNTEER);
	}

	@Test
	void wrongPasswordShowsTheFormAgainWith401AndTheReason() throws Exception {
		HttpResponse<String> response = browser.signIn(email, "not the right password at all");

		assertThat(response.statusCode()).isEqualTo(401);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#error-summary").text()).contains(text("platform.login.badCredentials", "fr"));
		assertThat(page.select("#email").val()).as("the email is kept").isEqualTo(email);
		assertThat(page.select("#password").val()).as("the password is not sent back").isEmpty();
		assertThat(page.select("#password").attr("aria-invalid")).isEqualTo("true");
		assertThat(browser.get("/home").statusCode()).as("nobody signed in").isEqualTo(302);
	}

	@Test
	void reasonIsGivenInTheReadersLanguage() throws Exception {
		browser.language("de");
		HttpResponse<String> response = browser.signIn(email, "not the right password at all");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(Jsoup.parse(response.body()).select("#error-summary").text())
			.contains(text("platform.login.badCredentials", "de"));
	}

	@Test
	void sixthFailureIsRefusedWith429WhateverThePasswordAndAudited() throws Exception {
		for (int i = 1; i <= 5; i++) {
			assertThat(browser.signIn(email, "wrong password number " + i).statusCode()).as("failure %d", i)
				.isEqualTo(401);
		}

		HttpResponse<String> sixth = browser.signIn(email, "wrong password number 6");
		assertThat(sixth.statusCode()).isEqualTo(429);
		assertThat(sixth.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(Jsoup.parse(sixth.body()).select("#error-summary").text())
			.contains(text("platform.login.throttled", "fr"));

		HttpResponse<String> right = browser.signIn(email, TestAccounts.PASSWORD);
		assertThat(right.statusCode()).as("even the right password waits").isEqualTo(429);
		assertThat(browser.get("/home").statusCode()).isEqualTo(302);

		Integer throttled = jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOGIN_THROTTLED' and actor_email = ? and territory_id = ?",
				Integer.class, email, accounts.lyon());
		assertThat(throttled).isEqualTo(2);
		Integer failed = jdbc.queryForObject(
				"select count(*) from audit_event where action = 'LOGIN_FAILED' and actor_email = ?", Integer.class,
				email);
		assertThat(failed).isEqualTo(5);
	}

	@Test
	void sessionIdChangesAtSignIn() throws Exception {
		browser.get("/login");
		String before = browser.cookie("RELAIS_SESSION");
		assertThat(before).as("the login form keeps its CSRF token in a session").isNotNull();

		HttpResponse<String> response = browser.signIn(email, TestAccounts.PASSWORD);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
		String after = browser.cookie("RELAIS_SESSION");
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/home").statusCode()).isEqualTo(200);

		// whoever planted the first id has nothing
		Browser attacker = new Browser(port);
		attacker.setCookie("RELAIS_SESSION", before);
		assertThat(attacker.get("/home").statusCode()).isEqualTo(302);
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
		HttpResponse<String> response = browser.signIn(email, TestAccounts.PASSWORD);

		String cookie = Browser.setCookies(response)
			.stream()
			.filter(c -> c.startsWith("RELAIS_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie.toLowerCase(Locale.ROOT)).contains("httponly", "samesite=lax", "path=/");
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		browser.signIn(email, TestAccounts.PASSWORD);
		String session = browser.cookie("RELAIS_SESSION");
		assertThat(browser.get("/home").statusCode()).isEqualTo(200);

		HttpResponse<String> logout = browser.submit("/home", "/logout", Map.of());

		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		assertThat(browser.cookie("RELAIS_SESSION")).as("cookie deleted").isNull();
		Browser replay = new Browser(port);
		replay.setCookie("RELAIS_SESSION", session);
		assertThat(replay.get("/home").statusCode()).as("the old session id is dead").isEqualTo(302);
	}

	@Test
	void signedInPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
		HttpResponse<String> response = browser.get("/home");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void unknownUrlIsATranslated404PageWithoutStackTrace() throws Exception {
		for (String path : new String[] { "/no/such/page", "/no-such-page.html", "/t/no-such-territory-" + UUID.randomUUID() }) {
			HttpResponse<String> response = browser.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("h1").text()).as(path).isEqualTo(text("platform.error.404.title", "fr"));
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
			assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "Whitelabel");
		}
		browser.language("it");
		assertThat(Jsoup.parse(browser.get("/no/such/page").body()).select("h1").text())
			.isEqualTo(text("platform.error.404.title", "it"));
	}

	private String text(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}


	@Test
	void aWrongMethodIsATranslatedPageWithAllowNotAProblemDocument() throws Exception {
		browser.signIn(email, TestAccounts.PASSWORD);

		HttpResponse<String> response = browser.get("/territory/switch");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo(text("platform.error.405.title", "fr"));
	}

}
