package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.relais.directory.DirectoryFixtures;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The directory as an inhabitant and as a desk agent find a service: search, filters, service page. */
@Import(DirectoryFixtures.class)
class DirectoryE2eTest extends E2eTest {

	@Autowired
	DirectoryFixtures fixtures;

	@Autowired
	TerritoryCatalog territories;

	private String service(String tag) {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		Organisation org = fixtures.organisation(lyon, "fr", "Épicerie du quartier " + tag);
		Location place = fixtures.location(org, "FR", "69007", "Lyon", 45.7450, 4.8420);
		String name = "Épicerie solidaire " + tag;
		fixtures.service(org, "fr", name, Set.of("equipement-et-alimentation--alimentation"), List.of(place), s -> {
			s.setSummary(LocalizedText.of("fr", "Produits frais à petit prix"));
			s.setFeesFree(false);
			s.setContactName("Contact pro " + tag);
		});
		return name;
	}

	@Test
	void anInhabitantFindsAServiceFromTheTerritoryPage() {
		String tag = "e" + UUID.randomUUID().toString().substring(0, 5);
		String name = service(tag);
		visit("/t/metropole-de-lyon");
		page.locator("main a[href='/t/metropole-de-lyon/directory']").click();
		assertThat(page).hasURL(Pattern.compile("/t/metropole-de-lyon/directory$"));
		axe();
		page.locator("#q").fill("epicerie " + tag);
		page.locator("form[role=search] button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("q=epicerie"));
		assertThat(page.locator("#results li.result h3 a")).hasText(name);
		axe();
		page.locator("#results li.result h3 a").click();
		assertThat(page.locator("main h1")).hasText(name);
		assertThat(page.locator("main")).not().containsText("Contact pro " + tag);
		axe();
	}

	@Test
	void anAgentSearchesWithFiltersInGerman() {
		String tag = "e" + UUID.randomUUID().toString().substring(0, 5);
		String name = service(tag);
		signIn("agent@demo.relais");
		page.locator("nav.main-nav a[href='/directory']").click();
		switchLanguage("de");
		try {
			searchInGerman(tag, name);
		}
		finally {
			switchLanguage("fr");
		}
	}

	private void searchInGerman(String tag, String name) {
		assertThat(page.locator("main h1")).containsText(msg("de", "directory.find.title").replace(" – {0}", ""));
		page.locator("#q").fill(tag);
		page.locator("#need").selectOption("equipement-et-alimentation");
		page.locator("#near").fill("45.7640,4.8357");
		page.locator("#sort").selectOption("DISTANCE");
		page.locator("form[role=search] button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("q=" + tag));
		assertThat(page.locator("#results li.result h3 a")).hasText(name);
		axe();
		page.locator("#results li.result h3 a").click();
		assertThat(page.locator("main")).containsText("Contact pro " + tag);
		axe();
		visit("/directory?age=abc");
		assertThat(page.locator("#age-error")).isVisible();
		axe();
	}

}
