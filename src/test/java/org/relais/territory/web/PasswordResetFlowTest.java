package org.relais.territory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.testing.TestAccounts.postLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.Role;
import org.relais.territory.PasswordResetRequested;
import org.relais.testing.Pages;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Forgotten password: a link by mail, used once, that ends the sessions opened with the old password. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PasswordResetFlowTest {

	static final String NEW_PASSWORD = "Gravier lanterne pivoine et ourson 58";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MessageSource messages;

	TestAccounts accounts;

	RequestPostProcessor address = TestAccounts.fromOwnAddress();

	String email;

	UUID userId;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		email = TestAccounts.uniqueEmail("reset");
		userId = accounts.createUser(email, "Robin Reset", accounts.lyon(), Role.VOLUNTEER);
	}

	@Test
	void requestForAnExistingAccountSendsALink() throws Exception {
		mvc.perform(post("/password/forgot").param("email", email.toUpperCase(Locale.ROOT)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "territory.password.resetSent"));

		List<PasswordResetRequested> sent = events.stream(PasswordResetRequested.class).toList();
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).email()).isEqualTo(email);
		assertThat(sent.get(0).userId()).isEqualTo(userId);
		assertThat(sent.get(0).link()).contains("/password/reset/");
	}

	@Test
	void requestForAnUnknownAddressGetsTheSameAnswerAndSendsNothing() throws Exception {
		mvc.perform(post("/password/forgot").param("email", TestAccounts.uniqueEmail("nobody")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "territory.password.resetSent"));

		assertThat(events.stream(PasswordResetRequested.class)).isEmpty();
	}

	@Test
	void malformedAddressIsRefusedNextToTheField() throws Exception {
		Document page = Pages.page(mvc.perform(post("/password/forgot").param("email", "not an email").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
		assertThat(events.stream(PasswordResetRequested.class)).isEmpty();
	}

	@Test
	void linkSetsANewPasswordOnceAndEndsTheOldSessions() throws Exception {
		MockHttpSession before = new MockHttpSession();
		assertThat(postLogin(mvc, before, email, TestAccounts.PASSWORD, address).getResponse().getRedirectedUrl())
			.isEqualTo("/home");
		mvc.perform(get("/home").session(before)).andExpect(status().isOk());

		String path = requestLink();
		mvc.perform(get(path)).andExpect(status().isOk());

		// a weak password is refused and the link stays usable
		Document weak = Pages.page(mvc
			.perform(post(path).param("password", "azertyuiop12").param("confirmation", "azertyuiop12").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(weak.select("#password-error").text()).contains(text("territory.password.tooGuessable"));
		assertThat(weak.select("#password").attr("aria-invalid")).isEqualTo("true");

		mvc.perform(post(path).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "territory.password.resetDone"));
		assertThat(accounts.hasPassword(userId, NEW_PASSWORD)).isTrue();

		// the session opened with the old password is over
		mvc.perform(get("/home").session(before))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?expired"));

		// the new password opens a session, the old one does not
		assertThat(postLogin(mvc, new MockHttpSession(), email, NEW_PASSWORD, address).getResponse()
			.getRedirectedUrl()).isEqualTo("/home");
		mvc.perform(post("/login").param("email", email)
			.param("password", TestAccounts.PASSWORD)
			.with(csrf())
			.with(address)).andExpect(forwardedUrl("/login/failed"));

		// the link is spent
		Document spent = Pages.page(mvc.perform(get(path)).andExpect(status().isGone()).andReturn());
		assertThat(spent.select("h1").text()).isEqualTo(text("territory.password.invalidTitle"));
		mvc.perform(post(path).param("password", "Another long passphrase 93 here")
			.param("confirmation", "Another long passphrase 93 here")
			.with(csrf())).andExpect(status().isGone());
		assertThat(accounts.hasPassword(userId, NEW_PASSWORD)).isTrue();
	}

	@Test
	void unknownLinkIsRefused() throws Exception {
		mvc.perform(get("/password/reset/not-a-real-token")).andExpect(status().isGone());
		mvc.perform(post("/password/reset/not-a-real-token").param("password", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD)
			.with(csrf())).andExpect(status().isGone());
		assertThat(accounts.hasPassword(userId, TestAccounts.PASSWORD)).isTrue();
	}

	private String requestLink() throws Exception {
		mvc.perform(post("/password/forgot").param("email", email).with(csrf())).andExpect(status().isFound());
		PasswordResetRequested sent = events.stream(PasswordResetRequested.class)
			.filter(e -> e.email().equals(email))
			.reduce((a, b) -> b)
			.orElseThrow();
		return sent.link().substring(sent.link().indexOf("/password/reset/"));
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.FRENCH);
	}

}
