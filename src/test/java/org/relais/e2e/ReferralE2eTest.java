package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.domain.LiaisonQuestion;
import org.relais.directory.domain.QuestionType;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.ReferralFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A referral clicked through in Chromium: the agent finds the person, fills the liaison form, forgets the consent
 * (refused, with the message next to the box), gives it and sends; the demo partner accepts and completes it with
 * an outcome; the agent finds both steps in the notifications and the referral in the person's pathway. axe runs
 * on every page.
 */
class ReferralE2eTest extends E2eTest {

	@Autowired
	ApplicationContext spring;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	DirectoryCatalog directory;

	@Autowired
	People people;

	@Test
	void theAgentRefersThePartnerAcceptsAndCompletesAndTheAgentIsNotified() {
		RelaisPrincipal agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		RelaisPrincipal partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		UUID organisation = directory.memberOrganisations(partner.userId()).iterator().next();
		String serviceName = ReferralFixtures.unique("Épicerie du quartier");
		UUID service = new ReferralFixtures(spring).service(organisation, serviceName,
				s -> s.setLiaisonForm(List.of(new LiaisonQuestion("Situation actuelle", QuestionType.TEXT, null, true))));
		String lastName = ReferralFixtures.unique("Lefèvre");
		UUID person = people.create(agent.currentTerritoryId(), new NewBeneficiary("Nadia", lastName, false, null, 1979, "69007",
				null, "06 11 22 33 44", null, Set.of("fr"), ContactPreference.PHONE, Set.of(), 10, false, null),
				agent.userId()).id();

		signIn("agent@demo.relais");
		visit("/referrals/new?service=" + service);
		page.locator("#q").fill(lastName);
		page.locator("main form[role=search] button[type=submit]").click();
		page.waitForLoadState();
		axe();
		page.locator("main ul a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(lastName)).click();
		page.waitForLoadState();
		assertThat(page.locator("main h1")).containsText(serviceName);
		axe();
		page.locator("#answer-0").fill("Sans emploi depuis juin");
		page.locator("#reason").fill("Besoin d’une aide alimentaire pour la famille");
		page.locator("main form button[type=submit]").last().click();
		page.waitForLoadState();
		assertThat(page.locator("#consent-error")).containsText(msg("fr", "referral.referral.error.consentRequired"));
		axe();
		page.locator("#consent1").check();
		page.locator("main form button[type=submit]").last().click();
		page.waitForURL(Pattern.compile("/referrals/[0-9a-f-]{36}$"));
		String referral = path();
		assertThat(page.locator(".flash")).hasText(msg("fr", "referral.referral.flash.sent"));
		assertThat(page.locator("main .tag").first()).hasText(msg("fr", "referral.status.SENT"));
		axe();
		signOut();

		signIn("partner@demo.relais");
		visit(referral);
		assertThat(page.locator("main")).containsText("Nadia " + lastName);
		page.locator("form[action$='/accept'] button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator(".flash")).hasText(msg("fr", "referral.referral.flash.ACCEPT"));
		axe();
		page.locator("#COMPLETE-outcome").selectOption("RESOLVED");
		page.locator("form[action$='/complete'] button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator("main .tag").first()).hasText(msg("fr", "referral.status.COMPLETED"));
		axe();
		signOut();

		signIn("agent@demo.relais");
		String accepted = msg("fr", "notification.referral.status.ACCEPTED").replace("{0}", serviceName)
			.replace("{1}", partner.displayName());
		String completed = msg("fr", "notification.referral.status.COMPLETED").replace("{0}", serviceName)
			.replace("{1}", partner.displayName());
		for (int i = 0; i < 20 && !page.content().contains(completed); i++) {
			visit("/notifications");
			page.waitForTimeout(500);
		}
		assertThat(page.locator("main")).containsText(accepted);
		assertThat(page.locator("main")).containsText(completed);
		page.locator("main tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(completed))
			.locator("button[type=submit]")
			.first()
			.click();
		page.waitForLoadState();
		assertThat(page).hasURL(Pattern.compile(referral + "$"));
		axe();

		visit("/people/" + person + "/pathway");
		assertThat(page.locator("ol.timeline > li").first()).containsText(serviceName);
		assertThat(page.locator("ol.timeline > li").first()).containsText(msg("fr", "referral.status.COMPLETED"));
		axe();
	}

}
