package org.relais.territory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.testing.TestAccounts.postLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.Role;
import org.relais.territory.domain.ApiTokens;
import org.relais.testing.Pages;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The account page refuses bad input next to the field and changes nothing; API tokens are shown once. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPageTest {

	static final String NEW_PASSWORD = "Brume sur le quai 14, la mouette rit";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	ApiTokens apiTokens;

	TestAccounts accounts;

	String email;

	UUID userId;

	MockHttpSession session;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(context);
		email = TestAccounts.uniqueEmail("account");
		userId = accounts.createUser(email, "Agathe Compte", accounts.lyon(), Role.PARTNER);
		session = new MockHttpSession();
		assertThat(postLogin(mvc, session, email, TestAccounts.PASSWORD, TestAccounts.fromOwnAddress()).getResponse()
			.getRedirectedUrl()).isEqualTo("/home");
	}

	@Test
	void emptyDisplayNameIsRefusedAndNothingChanges() throws Exception {
		Document page = Pages.page(mvc
			.perform(post("/account").param("displayName", "   ").param("language", "de").session(session).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page.select("#displayName").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#displayName").attr("aria-describedby")).isEqualTo("displayName-error");
		assertThat(page.select("#displayName-error").text()).contains(text("platform.validation.required"));
		assertThat(page.select("#error-summary a[href=#displayName]")).hasSize(1);
		assertThat(accounts.account(userId).getDisplayName()).isEqualTo("Agathe Compte");
		assertThat(accounts.account(userId).getLanguage()).isEqualTo("fr");
	}

	@Test
	void unknownLanguageIsRefused() throws Exception {
		Document page = Pages.page(mvc
			.perform(post("/account").param("displayName", "Agathe C.").param("language", "xx").session(session).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(page.select("#language").attr("aria-invalid")).isEqualTo("true");
		assertThat(accounts.account(userId).getDisplayName()).isEqualTo("Agathe Compte");
	}

	@Test
	void profileIsSavedAndShownInTheChosenLanguage() throws Exception {
		var saved = mvc
			.perform(post("/account").param("displayName", " Agathe C. ").param("language", "de").session(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("flash", "territory.account.saved"))
			.andReturn();
		assertThat(accounts.account(userId).getDisplayName()).isEqualTo("Agathe C.");
		assertThat(accounts.account(userId).getLanguage()).isEqualTo("de");
		// the browser keeps the language cookie
		jakarta.servlet.http.Cookie language = saved.getResponse().getCookie("relais_lang");
		assertThat(language).isNotNull();
		Document page = Pages.page(
				mvc.perform(get("/account").session(session).cookie(language)).andExpect(status().isOk()).andReturn());
		assertThat(page.select("html").attr("lang")).isEqualTo("de");
		assertThat(page.select(".account-menu a[href=/account]").text()).isEqualTo("Agathe C.");
	}

	@Test
	void wrongCurrentPasswordIsRefusedNextToThatField() throws Exception {
		Document page = Pages.page(mvc
			.perform(post("/account/password").param("currentPassword", "this is not my password")
				.param("newPassword", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD)
				.session(session)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page.select("#currentPassword").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#currentPassword-error").text()).contains(text("territory.account.wrongPassword"));
		assertThat(page.select("#newPassword").attr("aria-invalid")).isEmpty();
		assertThat(page.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);
		assertThat(accounts.hasPassword(userId, TestAccounts.PASSWORD)).isTrue();
		mvc.perform(get("/home").session(session)).andExpect(status().isOk());
	}

	@Test
	void mismatchingConfirmationIsRefusedNextToThatField() throws Exception {
		Document page = Pages.page(mvc
			.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD.toUpperCase(Locale.ROOT))
				.session(session)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page.select("#confirmation").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#confirmation-error").text()).contains(text("territory.password.mismatch"));
		assertThat(accounts.hasPassword(userId, TestAccounts.PASSWORD)).isTrue();
	}

	@Test
	void passwordChangeKeepsThisSession() throws Exception {
		mvc.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD)
			.session(session)
			.with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("flash", "territory.account.passwordChanged"));
		assertThat(accounts.hasPassword(userId, NEW_PASSWORD)).isTrue();
		mvc.perform(get("/home").session(session)).andExpect(status().isOk());
	}

	@Test
	void newApiTokenIsShownOnceThenListedByItsPrefix() throws Exception {
		Document created = Pages.page(mvc
			.perform(post("/account/tokens").param("name", "Tableur du CCAS").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		String raw = created.select(".notice .secret").text();
		assertThat(raw).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);

		String again = mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(again).doesNotContain(raw).contains(raw.substring(0, 10) + "…").contains("Tableur du CCAS");

		// the token works on the API
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + raw)).andExpect(status().isOk());
	}

	@Test
	void emptyTokenNameIsRefused() throws Exception {
		Document page = Pages.page(mvc.perform(post("/account/tokens").param("name", "").session(session).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(page.select("#name").attr("aria-invalid")).isEqualTo("true");
		assertThat(apiTokens.list(userId)).isEmpty();
	}

	@Test
	void revokingSomeoneElsesTokenIs404AndLeavesItAlone() throws Exception {
		String otherEmail = TestAccounts.uniqueEmail("other");
		UUID other = accounts.createUser(otherEmail, "Octave Autre", accounts.lyon(), Role.PARTNER);
		ApiTokens.NewToken theirs = apiTokens.create(other, "theirs");

		mvc.perform(post("/account/tokens/" + theirs.id() + "/revoke").session(session).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/account/tokens/not-a-uuid/revoke").session(session).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(apiTokens.list(other)).singleElement().satisfies(t -> assertThat(t.active()).isTrue());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + theirs.token())).andExpect(status().isOk());
	}

	@Test
	void revokingOnesOwnTokenStopsIt() throws Exception {
		ApiTokens.NewToken mine = apiTokens.create(userId, "mine");

		mvc.perform(post("/account/tokens/" + mine.id() + "/revoke").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("flash", "territory.account.tokenRevoked"));

		assertThat(apiTokens.list(userId)).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + mine.token()))
			.andExpect(status().isUnauthorized());
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.FRENCH);
	}

}
