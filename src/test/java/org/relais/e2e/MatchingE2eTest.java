package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.relais.directory.DirectoryFixtures;
import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Saturation;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A desk agent matches a person: opens the orientation page from the navigation, fills a profile, picks two
 * needs, sees ranked services (refreshed by htmx as the needs are ticked, then by a full submit) and an excluded
 * one with its reason.
 */
@Import(DirectoryFixtures.class)
class MatchingE2eTest extends E2eTest {

	static final String FOOD = "equipement-et-alimentation--alimentation";

	static final String DIGITAL = "numerique--acceder-a-des-services-en-ligne";

	@Autowired
	DirectoryFixtures fixtures;

	@Autowired
	TerritoryCatalog territories;

	@Test
	void anAgentMatchesAProfileWithTwoNeeds() {
		String tag = "m" + UUID.randomUUID().toString().substring(0, 5);
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		Organisation org = fixtures.organisation(lyon, "fr", "Asso orientation " + tag);
		Location place = fixtures.location(org, "FR", "69100", "Villeurbanne", 45.7720, 4.8900);
		String open = "Épicerie ouverte " + tag;
		fixtures.service(org, "fr", open, Set.of(FOOD), List.of(place), s -> {
		});
		String full = "Épicerie complète " + tag;
		UUID fullId = fixtures.service(org, "fr", full, Set.of(FOOD), List.of(place),
				s -> s.setSaturation(new Saturation(SaturationLevel.FULL, 0, 5, "places", null, "Test", Instant.now())))
			.getId();

		signIn("agent@demo.relais");
		page.locator("nav.main-nav a[href='/orientation']").click();
		assertThat(page.locator("main h1")).hasText(msg("fr", "referral.match.title"));
		axe();

		page.locator("#age").fill("34");
		page.locator("#commune").selectOption("69266");
		page.locator("input[name=publics][value='beneficiaires-des-minimas-sociaux']").check();
		page.locator("input[name=publics][value='familles']").check();
		page.locator("#maxDistanceKm").fill("20");
		page.locator("details:has(input[value='" + FOOD + "']) summary").click();
		page.locator("input[name=needs][value='" + FOOD + "']").check();
		assertThat(page.locator("#results")).containsText(open);
		page.locator("details:has(input[value='" + DIGITAL + "']) summary").click();
		page.locator("input[name=needs][value='" + DIGITAL + "']").check();
		assertThat(page).hasURL(Pattern.compile("needs=" + DIGITAL));
		page.locator("#match-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/orientation\\?.*needs=" + FOOD));

		assertThat(page.locator("#results ol.results li.result").first()).isVisible();
		assertThat(page.locator("#results ol.results")).containsText(open);
		assertThat(page.locator("#results ol.results li.result h4 a", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText(open))).hasAttribute("href", Pattern.compile("^/directory/services/"));
		var excluded = page.locator("#results li.excluded[data-service='" + fullId + "']");
		assertThat(excluded).containsText(full);
		assertThat(excluded.locator("[data-exclusion=FULL]")).containsText(msg("fr", "referral.exclusion.FULL"));
		assertThat(excluded.locator("code")).containsText(new String[] { "FULL" });
		assertThat(excluded.locator("a[href*='excluded=FULL']")).hasText(msg("fr", "referral.match.referAnyway"));
		axe();
	}

}
