package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relais.platform.Role;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryKind;
import org.relais.territory.TerritorySummary;
import org.relais.territory.domain.ApiTokens;
import org.relais.territory.domain.Territories;
import org.relais.testing.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh Lyon-like territory per test (the Métropole and five of its communes, INSEE codes), with its own
 * territory admin and API token, so that imports of the same example files never meet across tests.
 */
final class ImportFixtures {

	final TerritorySummary territory;

	final UUID adminId;

	final String adminToken;

	final String adminEmail;

	private final ApplicationContext context;

	ImportFixtures(ApplicationContext context) {
		this.context = context;
		Territories territories = context.getBean(Territories.class);
		String slug = "import-" + UUID.randomUUID().toString().substring(0, 8);
		territory = territories.create(slug, Map.of("fr", "Métropole d’essai " + slug), "FR", "200046977", "SIREN",
				TerritoryKind.INTERCOMMUNALITY, 1_424_069, "fr", List.of("fr", "en", "de", "it"), "Europe/Paris");
		AreaSummary metro = territories.addArea(territory.id(), null, AreaKind.INTERCOMMUNALITY, "200046977",
				"Métropole", List.of(), 45.764, 4.8357, 1_424_069);
		territories.addArea(territory.id(), metro.id(), AreaKind.COMMUNE, "69123", "Lyon", List.of("69001", "69003"),
				45.7578, 4.832, 522_250);
		territories.addArea(territory.id(), metro.id(), AreaKind.COMMUNE, "69266", "Villeurbanne", List.of("69100"),
				45.7719, 4.8902, 156_928);
		territories.addArea(territory.id(), metro.id(), AreaKind.COMMUNE, "69259", "Vénissieux", List.of("69200"),
				45.6975, 4.8867, 67_129);
		territories.addArea(territory.id(), metro.id(), AreaKind.COMMUNE, "69029", "Bron", List.of("69500"), 45.7386,
				4.9135, 42_941);
		TestAccounts accounts = new TestAccounts(context);
		adminEmail = TestAccounts.uniqueEmail("import-admin");
		adminId = accounts.createUser(adminEmail, "Import Admin", territory.id(), Role.TERRITORY_ADMIN);
		adminToken = context.getBean(ApiTokens.class).create(adminId, "import-test").token();
	}

	/** The territory admin, to sign in with {@code user(…)}. */
	org.relais.platform.RelaisPrincipal admin() {
		return context.getBean(org.relais.platform.AccountDirectory.class).findByEmail(adminEmail).orElseThrow();
	}

	/** A user of the territory with these roles, and a token for them. */
	String tokenFor(Role... roles) {
		UUID id = new TestAccounts(context).createUser(TestAccounts.uniqueEmail("import-user"), "Import User",
				territory.id(), roles);
		return context.getBean(ApiTokens.class).create(id, "import-test").token();
	}

	int count(String table) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from " + table + " where territory_id = ?", Integer.class, territory.id());
	}

	static byte[] resource(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}

}
