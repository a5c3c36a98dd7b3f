package org.relais.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;

/** "Near" in a search: coordinates, an area by code, name or postal code, or an address located by its commune. */
class LocateTest {

	static final List<AreaSummary> AREAS = List.of(
			area("69123", "Lyon", List.of("69001", "69003", "69007"), 45.76, 4.83),
			area("69266", "Villeurbanne", List.of("69100"), 45.77, 4.88),
			area("261", "Zürich", List.of("8001", "8004"), 47.37, 8.54),
			area("69029", "Bron", List.of("69500"), 45.74, 4.91));

	@Test
	void coordinatesAreTakenAsTheyAre() {
		assertThat(DirectoryController.locate("45.5, 4.9", AREAS)).hasValueSatisfying(p -> assertThat(p).containsExactly(45.5, 4.9));
		assertThat(DirectoryController.locate("95, 4.9", AREAS)).isEmpty();
	}

	@Test
	void areasAreFoundByCodeNameOrPostalCodeWhateverTheAccents() {
		assertThat(DirectoryController.locate("69266", AREAS)).hasValueSatisfying(p -> assertThat(p[0]).isEqualTo(45.77));
		assertThat(DirectoryController.locate("zurich", AREAS)).hasValueSatisfying(p -> assertThat(p[0]).isEqualTo(47.37));
		assertThat(DirectoryController.locate("8004", AREAS)).hasValueSatisfying(p -> assertThat(p[0]).isEqualTo(47.37));
	}

	@Test
	void anAddressIsLocatedByItsPostalCodeOrItsCommune() {
		assertThat(DirectoryController.locate("12 rue Garibaldi, 69100 Villeurbanne", AREAS))
			.hasValueSatisfying(p -> assertThat(p[0]).isEqualTo(45.77));
		assertThat(DirectoryController.locate("Langstrasse 10, Zürich", AREAS))
			.hasValueSatisfying(p -> assertThat(p[0]).isEqualTo(47.37));
		assertThat(DirectoryController.locate("avenue Franklin Roosevelt, Bron", AREAS))
			.hasValueSatisfying(p -> assertThat(p[1]).isEqualTo(4.91));
		assertThat(DirectoryController.locate("1 place du Marché, Nowhere", AREAS)).isEmpty();
	}

	private static AreaSummary area(String code, String name, List<String> postal, double lat, double lon) {
		return new AreaSummary(UUID.randomUUID(), null, AreaKind.values()[0], code, name, postal, lat, lon, 1000);
	}

}
