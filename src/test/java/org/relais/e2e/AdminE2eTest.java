package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.relais.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators enrol a second factor at first sign-in, then manage their team. One demo admin per test: the
 * in-memory database lives as long as the JVM, so an account may already be enrolled; both ways are handled.
 */
class AdminE2eTest extends E2eTest {

	static final List<String> ADMIN_NAV = List.of("platform.nav.home", "directory.nav.directory", "desk.nav.desk",
			"people.nav.people", "referral.match.nav", "agenda.view.nav", "devices.nav.staff", "mutualaid.nav.staff",
			"referral.inbox.nav", "directory.nav.partner", "territory.nav.territory",
			"referral.settings.nav", "devices.nav.admin", "mutualaid.nav.admin", "referral.unmet.nav", "directory.admin.nav",
			"partnership.nav.admin", "territory.nav.members",
			"territory.nav.settings", "platform.nav.audit", "directory.imports.nav",
			"subscription.nav.subscription", "kit.nav.kit", "platform.nav.accessLog",
			"people.nav.admin", "territory.nav.account");

	static final List<String> PLATFORM_NAV = List.of("platform.nav.home", "territory.nav.platform", "subscription.nav.platform",
			"directory.nav.terms", "territory.nav.account");

	@Test
	void lyonAdminEnrolsASecondFactorAndManagesTheTeam() {
		String admin = "admin@demo.relais";
		signInWithSecondFactor(admin);
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertRoleSections("fr", Role.TERRITORY_ADMIN);
		assertNavigation("fr", ADMIN_NAV);
		visitNavigation();

		// A member's page
		page.locator("nav.main-nav a[href='/admin/users']").click();
		page.locator("main table tbody th a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Karim Benali"))
			.click();
		assertThat(page).hasURL(Pattern.compile("/admin/users/[0-9a-f-]{36}$"));
		assertThat(page.locator("main h1")).hasText("Karim Benali");
		axe();

		// The invitation form, sent empty: an error summary and fields marked invalid
		page.locator("nav.main-nav a[href='/admin/users']").click();
		page.locator("main a[href='/admin/users/invite']").click();
		assertThat(page).hasURL(Pattern.compile("/admin/users/invite$"));
		axe();
		Response response = page.waitForResponse(r -> r.request().method().equals("POST"),
				() -> page.locator("main form button[type=submit]").click());
		assertThat(response.status()).isEqualTo(422);
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#error-summary h2")).hasText(msg("fr", "platform.form.errorSummary"));
		assertThat(page.locator("#error-summary li")).hasCount(3);
		assertThat(page.locator("#error-summary")).isFocused();
		assertThat(page.locator("#displayName")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#email")).hasAttribute("aria-describedby", "email-error");
		assertThat(page.locator("#email-error")).containsText(msg("fr", "platform.validation.required"));
		axe();

		// ... then filled in: sent, with a flash message
		String email = "e2e-" + System.nanoTime() + "@example.org";
		page.locator("#displayName").fill("Élise Testeur");
		page.locator("#email").fill(email);
		page.getByLabel(msg("fr", "territory.role.VOLUNTEER"), new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
			.check();
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/admin/users$"));
		assertThat(page.locator(".flash")).hasText(msg("fr", "territory.invite.sent"));
		assertThat(page.locator("main")).containsText(email);
		axe();

		switchEachLanguage(ADMIN_NAV, "fr", Role.TERRITORY_ADMIN);
		signOut();

		// Enrolled now: the next sign-in asks for a code
		signInWithSecondFactor(admin);
		assertNavigation("fr", ADMIN_NAV);
		signOut();
	}

	@Test
	void zurichAdminWorksInGerman() {
		signInWithSecondFactor("admin@ch.demo.relais");
		assertThat(page.locator("html")).hasAttribute("lang", "de");
		assertThat(page.locator(".territory-name")).hasText("Kanton Zürich");
		assertRoleSections("de", Role.TERRITORY_ADMIN);
		assertNavigation("de", ADMIN_NAV);
		visitNavigation();
		page.locator("nav.main-nav a[href='/admin/users']").click();
		assertThat(page.locator("main table tbody")).not().containsText("Karim Benali");
		switchEachLanguage(ADMIN_NAV, "de", Role.TERRITORY_ADMIN);
		signOut();
	}

	@Test
	void platformAdminSeesTheTerritories() {
		signInWithSecondFactor("platform@demo.relais");
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertRoleSections("fr", Role.PLATFORM_ADMIN);
		assertNavigation("fr", PLATFORM_NAV);
		visitNavigation();
		page.locator("nav.main-nav a[href='/platform/territories']").click();
		assertThat(page.locator("main")).containsText("Métropole de Lyon");
		assertThat(page.locator("main")).containsText("Canton de Zurich");
		switchEachLanguage(PLATFORM_NAV, "fr", Role.PLATFORM_ADMIN);
		signOut();
	}

}
