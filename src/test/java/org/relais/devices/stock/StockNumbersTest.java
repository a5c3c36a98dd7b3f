package org.relais.devices.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.territory.TerritoryKind;
import org.relais.territory.TerritorySummary;

/** The territory prefix of asset tags, donation references and certificate numbers. */
class StockNumbersTest {

	@Test
	void aSwissCantonUsesItsAbbreviation() {
		assertThat(StockNumbers.prefix(territory("kanton-zuerich", "CH", "1", TerritoryKind.CANTON))).isEqualTo("ZH");
		assertThat(StockNumbers.prefix(territory("canton-de-geneve", "CH", "25", TerritoryKind.CANTON)))
			.isEqualTo("GE");
		assertThat(StockNumbers.prefix(territory("republique-et-canton-du-jura", "CH", "26", TerritoryKind.CANTON)))
			.isEqualTo("JU");
	}

	@Test
	void anotherTerritoryUsesTheLastWordOfItsSlug() {
		assertThat(StockNumbers.prefix(territory("metropole-de-lyon", "FR", "200046977",
				TerritoryKind.INTERCOMMUNALITY)))
			.isEqualTo("LY");
		assertThat(StockNumbers.prefix(territory("stadt-zuerich", "CH", "261", TerritoryKind.COMMUNE)))
			.isEqualTo("ZU");
		assertThat(StockNumbers.prefix(territory("x", "CH", "99", TerritoryKind.CANTON))).isEqualTo("XX");
	}

	private static TerritorySummary territory(String slug, String country, String code, TerritoryKind kind) {
		return new TerritorySummary(UUID.randomUUID(), slug, Map.of("de", slug), country, code, "BFS", kind, 1, "de",
				List.of("de"), "Europe/Zurich", null);
	}

}
