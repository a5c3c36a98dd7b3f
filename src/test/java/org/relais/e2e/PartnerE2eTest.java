package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.MemberRole;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.platform.AccountDirectory;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo partner keeps their entry: from the home page to the partner space, edits a service, sets it full in
 * one click (htmx swaps the row), and finds the change in the history, the professional search and the public
 * page; axe runs on every page.
 */
class PartnerE2eTest extends E2eTest {

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	OrganisationMemberRepository members;

	@Autowired
	ServiceRepository services;

	@Autowired
	PlatformTransactionManager txManager;

	@Test
	void thePartnerSetsTheirServiceFullAndTheHistoryShowsIt() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String organisationName = "Banque alimentaire du quartier " + unique;
		String serviceName = "Distribution de colis " + unique;
		UUID partner = accounts.findByEmail("partner@demo.relais").orElseThrow().userId();
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		UUID serviceId = new TransactionTemplate(txManager).execute(tx -> {
			Organisation o = new Organisation(null, lyon, LocalizedText.of("fr", organisationName), Instant.now());
			o.setStatus(OrganisationStatus.ACTIVE);
			organisations.save(o);
			members.save(new OrganisationMember(o.getId(), partner, MemberRole.ADMIN, MemberStatus.ACTIVE,
					Instant.now()));
			Service s = new Service(null, o, LocalizedText.of("fr", serviceName), Instant.now());
			s.setStatus(ServiceStatus.PUBLISHED, null);
			return services.save(s).getId();
		});

		signIn("partner@demo.relais");
		assertThat(page.locator("main")).containsText(msg("fr", "directory.partner.card.title"));

		page.locator("nav.main-nav a[href='/partner']").click();
		assertThat(page).hasURL(Pattern.compile("/partner$"));
		assertThat(page.locator("main h1")).hasText(msg("fr", "directory.partner.title"));
		// the demo partner runs the solidarity grocery of the demo directory
		assertThat(page.locator("main")).containsText("Les Paniers du Rhône");
		axe();

		// edit the service
		page.locator("#service-" + serviceId + " th a").first().click();
		assertThat(page).hasURL(Pattern.compile("/partner/services/" + serviceId + "$"));
		axe();
		page.locator("#summaryFr").fill("Colis alimentaires chaque mardi matin.");
		page.locator("#minAge").fill("18");
		page.locator("main form button.button:not([name=more])").last().click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "directory.edit.saved"));
		assertThat(page.locator("#summaryFr")).hasValue("Colis alimentaires chaque mardi matin.");
		axe();

		// set it full in one click from the dashboard
		visit("/partner");
		page.locator("#service-" + serviceId + " button[value=FULL]").click();
		assertThat(page.locator("#service-" + serviceId + " strong")).hasText(msg("fr", "directory.partner.level.FULL"));
		assertThat(page.locator("#service-" + serviceId + " button[value=FULL]")).hasAttribute("aria-pressed", "true");
		assertThat(page).hasURL(Pattern.compile("/partner$"));
		axe();

		// the history shows it
		page.locator("#service-" + serviceId + " a[href$='/history']").click();
		assertThat(page).hasURL(Pattern.compile("/partner/services/" + serviceId + "/history$"));
		assertThat(page.locator("main table")).containsText(msg("fr", "directory.history.field.saturation"));
		assertThat(page.locator("main table")).containsText("FULL");
		assertThat(page.locator("main table")).containsText("Colis alimentaires chaque mardi matin.");
		axe();

		// the directory shows it: out of the "not full" search, full in the list and on the public page
		visit("/directory?q=" + unique + "&notFull=true");
		assertThat(page.locator("main")).not().containsText(serviceName);
		visit("/directory?q=" + unique);
		assertThat(page.locator("main")).containsText(serviceName);
		assertThat(page.locator("main")).containsText(msg("fr", "directory.saturation.FULL"));
		visit("/t/metropole-de-lyon/directory/services/" + serviceId);
		assertThat(page.locator("main h1")).containsText(serviceName);
		assertThat(page.locator("main")).containsText(msg("fr", "directory.saturation.FULL"));
		assertThat(page.locator("main")).containsText("Colis alimentaires chaque mardi matin.");

		// the other pages of the partner space pass axe too
		visit("/partner/organisations/new");
		visit("/partner/organisations/join?q=" + unique);
		assertThat(page.locator("main")).containsText(organisationName);
		visit("/partner/services/" + serviceId);
		page.locator("a[href^='/partner/organisations/']").first().click();
		assertThat(page.locator("main h1")).containsText(organisationName);
		axe();
		page.locator("main a[href^='/partner/locations/new']").click();
		axe();
		page.locator("#slots0\\.day").selectOption("MONDAY");
		page.locator("#slots0\\.opens").fill("14:00");
		page.locator("#slots0\\.closes").fill("09:00");
		page.locator("main form > button.button").last().click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#slots0\\.closes-error")).containsText(msg("fr", "directory.edit.hours.closesBeforeOpens"));
		axe();
	}

}
