package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/** The account page: an API token shown once, then revoked; the two-factor page; keyboard access. */
class AccountE2eTest extends E2eTest {

	@Test
	void apiTokenIsShownOnceThenRevoked() {
		signIn("volunteer@demo.relais");
		String lang = lang();
		page.locator("nav.main-nav a[href='/account']").click();
		assertThat(page).hasURL(Pattern.compile("/account$"));
		axe();

		String name = "e2e-" + System.nanoTime();
		page.locator("#name").fill(name);
		page.locator("form[action='/account/tokens'] button[type=submit]").click();
		Locator shown = page.locator("main .notice .secret");
		assertThat(shown).isVisible();
		assertThat(shown).hasText(Pattern.compile("^rls_\\S{20,}$"));
		assertThat(page.locator("main .notice")).containsText(msg(lang, "territory.account.newToken"));
		Locator row = page.locator("main table tbody tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name));
		assertThat(row).hasCount(1);
		axe();

		// Shown once: not on the next visit
		page.locator("nav.main-nav a[href='/account']").click();
		assertThat(page.locator("main .notice .secret")).hasCount(0);
		assertThat(row).hasCount(1);

		row.locator("button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/account$"));
		assertThat(page.locator(".flash")).hasText(msg(lang, "territory.account.tokenRevoked"));
		assertThat(row.locator(".tag")).hasText(msg(lang, "territory.account.tokenRevokedState"));
		assertThat(row.locator("button")).hasCount(0);
		axe();

		page.locator("main a[href='/account/2fa']").click();
		assertThat(page).hasURL(Pattern.compile("/account/2fa$"));
		assertThat(page.locator("#totp-secret")).isVisible();
		axe();
		signOut();
	}

	@Test
	void skipLinkIsTheFirstFocusableElementWhenSignedIn() {
		signIn("partner@demo.relais");
		page.keyboard().press("Tab");
		assertThat(page.locator("a.skip-link")).isFocused();
		page.keyboard().press("Enter");
		assertThat(page.locator("main#main")).isFocused();
		page.keyboard().press("Tab");
		// Focus continues inside the main content, not back in the header
		assertThat(page.locator("main#main :focus")).hasCount(1);
		axe();
		signOut();
	}

}
