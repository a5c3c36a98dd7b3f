package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.platform.Role;

/** Each demo member signs in, sees its role and its navigation, in each of the four languages. */
class MemberE2eTest extends E2eTest {

	static final List<String> MEMBER_NAV = List.of("platform.nav.home", "directory.nav.directory", "agenda.view.nav",
			"territory.nav.territory", "territory.nav.account");

	/**
	 * Agents also have people, matching, referrals and the partner space (they keep or enter organisations);
	 * partners their referral inbox and partner space; coordinators people, matching, referrals and unmet needs.
	 */
	static List<String> navFor(Role role) {
		return switch (role) {
			case AGENT -> List.of("platform.nav.home", "directory.nav.directory", "desk.nav.desk", "people.nav.people",
					"referral.match.nav", "agenda.view.nav", "devices.nav.staff", "mutualaid.nav.staff", "referral.inbox.nav", "directory.nav.partner", "territory.nav.territory", "territory.nav.account");
			case PARTNER -> List.of("platform.nav.home", "directory.nav.directory", "agenda.view.nav", "referral.inbox.nav",
					"devices.nav.partner", "mutualaid.nav.association", "directory.nav.partner", "territory.nav.territory",
					"territory.nav.account");
			case VOLUNTEER -> List.of("platform.nav.home", "directory.nav.directory", "mutualaid.nav.volunteer",
					"agenda.view.nav", "territory.nav.territory", "territory.nav.account");
			case COORDINATOR -> List.of("platform.nav.home", "directory.nav.directory", "desk.nav.desk",
					"people.nav.people", "referral.match.nav", "agenda.view.nav", "devices.nav.staff", "mutualaid.nav.staff",
					"referral.inbox.nav", "territory.nav.territory", "referral.unmet.nav",
					"territory.nav.account");
			default -> MEMBER_NAV;
		};
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "agent@demo.relais, AGENT, fr, Métropole de Lyon",
			"partner@demo.relais, PARTNER, fr, Métropole de Lyon",
			"volunteer@demo.relais, VOLUNTEER, fr, Métropole de Lyon",
			"coordinator@demo.relais, COORDINATOR, fr, Métropole de Lyon",
			"agent@ch.demo.relais, AGENT, de, Kanton Zürich" })
	void memberSeesItsRoleAndNavigationInEachLanguage(String email, Role role, String language, String territory) {
		signIn(email);
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertThat(page.locator(".territory-name")).hasText(territory);
		assertRoleSections(language, role);
		List<String> nav = navFor(role);
		assertNavigation(language, nav);
		assertThat(page.locator("nav.main-nav a[href^='/admin']:not([href='/admin/unmet-needs']), nav.main-nav a[href^='/platform']")).hasCount(0);

		visitNavigation();
		switchEachLanguage(nav, language, role);
		signOut();
		assertThat(page.locator("html")).hasAttribute("lang", language);
	}

}
