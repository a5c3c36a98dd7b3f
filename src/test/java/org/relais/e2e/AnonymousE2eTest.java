package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

/** The pages anyone can open, in the four languages. */
class AnonymousE2eTest extends E2eTest {

	@Test
	void languageSwitcherChangesTheLanguageAndTheChoiceSticks() {
		visit("/");
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		for (String lang : LANGUAGES) {
			switchLanguage(lang);
			assertThat(page.locator("main h1")).hasText(msg(lang, "territory.landing.heading"));
			assertThat(page.locator("header a.button")).hasText(msg(lang, "platform.layout.login"));
			// The choice persists across navigation (no ?lang= in the next address).
			page.locator("header a.button").click();
			assertThat(page).hasURL(Pattern.compile("/login$"));
			assertThat(page.locator("html")).hasAttribute("lang", lang);
			assertThat(page.locator("main h1")).hasText(msg(lang, "platform.login.title"));
			axe();
			visit("/");
			assertThat(page.locator("html")).hasAttribute("lang", lang);
		}
	}

	@Test
	void publicPagesPassAxe() {
		visit("/t/metropole-de-lyon");
		assertThat(page.locator("main h1")).containsText("Métropole de Lyon");
		visit("/login");
		assertThat(page.locator("main h1")).hasText(msg("fr", "platform.login.title"));
		page.locator("main a[href='/password/forgot']").click();
		assertThat(page).hasURL(Pattern.compile("/password/forgot$"));
		axe();
		for (String lang : LANGUAGES) {
			visit("/password/forgot?lang=" + lang);
			assertThat(page.locator("html")).hasAttribute("lang", lang);
		}
	}

	@Test
	void unknownPageIsATranslated404WithoutStackTrace() {
		for (String lang : LANGUAGES) {
			Response response = visit("/no-such-page?lang=" + lang);
			assertThat(response.status()).isEqualTo(404);
			assertThat(page.locator("html")).hasAttribute("lang", lang);
			assertThat(page.locator("main h1")).hasText(msg(lang, "platform.error.404.title"));
			assertThat(page.locator("main .lead")).hasText(msg(lang, "platform.error.404.text"));
			String text = page.locator("body").innerText();
			assertThat(text).doesNotContain("Exception", "at org.", "Whitelabel", "Stacktrace");
		}
	}

	@Test
	void failedSignInShowsTheErrorSummary() {
		visit("/login");
		page.locator("#email").fill("nobody@e2e.invalid");
		page.locator("#password").fill("wrong-password");
		Response response = page.waitForResponse(r -> r.url().endsWith("/login") && r.request().method().equals("POST"),
				() -> page.locator("main form button[type=submit]").click());
		assertThat(response.status()).isEqualTo(401);
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#error-summary h2")).hasText(msg("fr", "platform.form.errorSummary"));
		assertThat(page.locator("#error-summary p")).hasText(msg("fr", "platform.login.badCredentials"));
		assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#email")).hasValue("nobody@e2e.invalid");
		assertThat(page.locator("#error-summary")).isFocused();
		axe();
	}

	@Test
	void skipLinkIsTheFirstFocusableElementAndMovesFocusToMain() {
		visit("/");
		page.keyboard().press("Tab");
		assertThat(page.locator("a.skip-link")).isFocused();
		assertThat(page.locator("a.skip-link")).hasText(msg("fr", "platform.layout.skip"));
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("#main$"));
		assertThat(page.locator("main#main")).isFocused();
		axe();
	}

}
