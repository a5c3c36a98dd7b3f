package org.relais.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Saturation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.search.DirectorySearch;
import org.relais.directory.search.SearchHit;
import org.relais.directory.search.SearchQuery;
import org.relais.directory.search.SearchResult;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import(DirectoryFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectorySearchTest {

	@Autowired
	DirectorySearch search;

	@Autowired
	DirectoryFixtures fixtures;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	ServiceRepository services;

	@Autowired
	TransactionTemplate tx;

	UUID lyon;

	UUID zurich;

	String tag;

	Service epicerie;

	Service debts;

	Service youth;

	@BeforeAll
	void data() {
		lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		tag = "zq" + UUID.randomUUID().toString().substring(0, 5);
		Organisation org = fixtures.organisation(lyon, "fr", "Association " + tag);
		Location centre = fixtures.location(org, "FR", "69001", "Lyon", 45.7676, 4.8345);
		Location far = fixtures.location(org, "FR", "69200", "Vénissieux", 45.6975, 4.8867);
		epicerie = fixtures.service(org, "fr", "Épicerie solidaire " + tag, Set.of("equipement-et-alimentation--alimentation"),
				List.of(far), s -> {
					s.setFeesFree(true);
					s.setSummary(LocalizedText.of("fr", "Des courses à petit prix pour les familles"));
				});
		youth = fixtures.service(org, "fr", "Point jeunes " + tag, Set.of("trouver-un-emploi--rechercher-un-emploi"),
				List.of(centre), s -> s.setAgeRange(16, 25));
		Organisation swiss = fixtures.organisation(zurich, "de", "Verein " + tag);
		Location zh = fixtures.location(swiss, "CH", "8004", "Zürich", 47.3769, 8.5417);
		debts = fixtures.service(swiss, "de", "Schuldenberatung " + tag,
				Set.of("difficultes-financieres--prevenir-le-surendettement"), List.of(zh), s -> {
				});
	}

	private SearchResult find(UUID territory, String text) {
		return search.search(new SearchQuery(territory, true, text, "fr", null, null, null, null, null, false, null,
				null, null, false, null, null, null, null, null, 0, 20));
	}

	private List<UUID> ids(SearchResult r) {
		return r.hits().stream().map(SearchHit::serviceId).toList();
	}

	@Test
	void textIsAccentCaseAndTypoTolerant() {
		assertThat(ids(find(lyon, "epicerie " + tag))).first().isEqualTo(epicerie.getId());
		assertThat(ids(find(lyon, "ÉPICERIES SOLIDAIRES"))).contains(epicerie.getId());
		assertThat(ids(find(lyon, "epicerrie"))).contains(epicerie.getId());
		assertThat(ids(find(zurich, "schuldenberatng"))).contains(debts.getId());
		assertThat(ids(find(zurich, "Schuldenberatung"))).contains(debts.getId());
	}

	@Test
	void aTerritorySeesOnlyItsOwnServices() {
		assertThat(ids(find(zurich, tag))).contains(debts.getId()).doesNotContain(epicerie.getId(), youth.getId());
		assertThat(ids(find(lyon, tag))).contains(epicerie.getId(), youth.getId()).doesNotContain(debts.getId());
	}

	@Test
	void filtersByNeedCategoryAgeAndFees() {
		SearchQuery base = new SearchQuery(lyon, true, tag, "fr", Set.of("equipement-et-alimentation"), null, null,
				null, null, false, null, null, null, false, null, null, null, null, null, 0, 20);
		assertThat(ids(search.search(base))).contains(epicerie.getId()).doesNotContain(youth.getId(), debts.getId());
		SearchQuery age = new SearchQuery(lyon, true, tag, "fr", null, null, 40, null, null, false, null, null, null,
				false, null, null, null, null, null, 0, 20);
		assertThat(ids(search.search(age))).contains(epicerie.getId()).doesNotContain(youth.getId());
		SearchQuery free = new SearchQuery(lyon, true, tag, "fr", null, null, null, true, null, false, null, null,
				null, false, null, null, null, null, null, 0, 20);
		assertThat(ids(search.search(free))).contains(epicerie.getId()).doesNotContain(youth.getId());
	}

	@Test
	void sortsByDistanceAndCountsFacets() {
		SearchQuery near = new SearchQuery(lyon, true, tag, "fr", null, null, null, null, null, false, null, null,
				null, false, 45.7640, 4.8357, null, null, SearchQuery.Sort.DISTANCE, 0, 20);
		SearchResult r = search.search(near);
		assertThat(ids(r)).containsExactly(youth.getId(), epicerie.getId());
		assertThat(r.hits().get(0).distanceKm()).isLessThan(1.0);
		assertThat(r.hits().get(1).distanceKm()).isBetween(7.0, 10.0);
		assertThat(r.facets().get("need_category")).containsEntry("equipement-et-alimentation", 1L)
			.containsEntry("trouver-un-emploi", 1L);
		SearchQuery radius = new SearchQuery(lyon, true, tag, "fr", null, null, null, null, null, false, null, null,
				null, false, 45.7640, 4.8357, 3.0, null, SearchQuery.Sort.DISTANCE, 0, 20);
		assertThat(ids(search.search(radius))).containsExactly(youth.getId());
	}

	@Test
	void aChangeShowsInTheNextSearch() {
		Service s = fixtures.service(fixtures.organisation(lyon, "fr", "Org " + tag), "fr", "Laverie " + tag,
				Set.of("equipement-et-alimentation--alimentation"), List.of(), x -> {
				});
		SearchQuery notFull = new SearchQuery(lyon, true, "laverie " + tag, "fr", null, null, null, null, null, false,
				null, null, null, true, null, null, null, null, null, 0, 20);
		assertThat(ids(search.search(notFull))).containsExactly(s.getId());
		tx.executeWithoutResult(t -> {
			Service x = services.findById(s.getId()).orElseThrow();
			x.setSaturation(new Saturation(SaturationLevel.FULL, 0, 10, "places", null, "test", null));
		});
		assertThat(ids(search.search(notFull))).isEmpty();
		assertThat(search.search(notFull).facets()).isNotNull();
	}

}
