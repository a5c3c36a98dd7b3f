package org.relais.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.directory.domain.Saturation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The eligibility snapshot of a territory on the demo directory: what it holds, and that a commit refreshes it. */
@SpringBootTest
class DirectoryCatalogTest {

	@Autowired
	DirectoryCatalog catalog;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	ServiceRepository services;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theSnapshotHoldsThePublishedServicesWithTheirPlacesAndHours() {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		List<ServiceEligibility> all = catalog.eligibility(lyon);

		long published = services.findAll()
			.stream()
			.filter(s -> s.getTerritoryId().equals(lyon) && (s.getStatus() == ServiceStatus.PUBLISHED
					|| s.getStatus() == ServiceStatus.TEMPORARILY_CLOSED))
			.count();
		assertThat(all).isNotEmpty().hasSizeLessThanOrEqualTo((int) published);
		assertThat(all).filteredOn(s -> s.name("fr").equals("Épicerie solidaire"))
			.singleElement()
			.satisfies(s -> {
				assertThat(s.organisationName()).isEqualTo("Les Paniers du Rhône");
				assertThat(s.needs()).contains("equipement-et-alimentation--alimentation");
			});
		assertThat(all).anySatisfy(s -> assertThat(s.places()).anySatisfy(p -> {
			assertThat(p.hasCoordinates()).isTrue();
			assertThat(p.hours().known()).isTrue();
			assertThat(p.hours().nextOpening(Instant.now())).isPresent();
		}));
		assertThat(catalog.eligibility(lyon)).as("kept while nothing changes").isSameAs(all);
		UUID zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		assertThat(catalog.eligibility(zurich)).extracting(ServiceEligibility::serviceId)
			.doesNotContainAnyElementsOf(all.stream().map(ServiceEligibility::serviceId).toList());
	}

	@Test
	void aCommittedChangeShowsAtTheNextRead() {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		ServiceEligibility available = catalog.eligibility(lyon)
			.stream()
			.filter(s -> s.saturation() == SaturationLevel.AVAILABLE)
			.findFirst()
			.orElseThrow();
		Saturation before = tx.execute(t -> services.findById(available.serviceId()).orElseThrow().getSaturation());
		try {
			tx.executeWithoutResult(t -> {
				Service s = services.findById(available.serviceId()).orElseThrow();
				s.setSaturation(new Saturation(SaturationLevel.FULL, 0, 10, "places", null, "Test", Instant.now()));
			});
			assertThat(catalog.eligibility(lyon)).filteredOn(s -> s.serviceId().equals(available.serviceId()))
				.singleElement()
				.satisfies(s -> assertThat(s.saturation()).isEqualTo(SaturationLevel.FULL));
		}
		finally {
			tx.executeWithoutResult(t -> services.findById(available.serviceId()).orElseThrow().setSaturation(before));
		}
		assertThat(catalog.eligibility(lyon)).filteredOn(s -> s.serviceId().equals(available.serviceId()))
			.singleElement()
			.satisfies(s -> assertThat(s.saturation()).isEqualTo(SaturationLevel.AVAILABLE));
	}

	@Test
	void aZoneOfIntercommunalitiesOrDepartementsCoversTheirCommunes() {
		UUID dep = UUID.randomUUID();
		UUID epci = UUID.randomUUID();
		List<AreaSummary> areas = List.of(area(dep, null, AreaKind.DEPARTEMENT, "69"),
				area(epci, dep, AreaKind.INTERCOMMUNALITY, "200046977"),
				area(UUID.randomUUID(), epci, AreaKind.COMMUNE, "69266"),
				area(UUID.randomUUID(), epci, AreaKind.COMMUNE, "69381"),
				area(UUID.randomUUID(), dep, AreaKind.COMMUNE, "69001"));
		Map<String, Set<String>> communes = DirectoryCatalog.communesOf(areas);
		assertThat(communes.get("200046977")).containsExactlyInAnyOrder("69266", "69381");
		assertThat(communes.get("69")).containsExactlyInAnyOrder("69266", "69381", "69001");
		assertThat(communes.get("69266")).containsExactly("69266");
	}

	private static AreaSummary area(UUID id, UUID parent, AreaKind kind, String code) {
		return new AreaSummary(id, parent, kind, code, code, List.of(), null, null, null);
	}

}
