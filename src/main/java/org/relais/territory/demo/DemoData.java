package org.relais.territory.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relais.platform.Role;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryKind;
import org.relais.territory.TerritorySummary;
import org.relais.territory.domain.Membership;
import org.relais.territory.domain.MembershipRepository;
import org.relais.territory.domain.Territories;
import org.relais.territory.domain.UserAccount;
import org.relais.territory.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo territories and accounts, loaded on an empty database when {@code RELAIS_DEMO=true}. Two territories
 * show isolation: the Métropole de Lyon (French) and the Canton of Zürich (German). Areas carry public
 * figures (INSEE, BFS); every person is fictional.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "relais-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Territories territories;

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final PasswordEncoder encoder;

	private final TransactionTemplate tx;

	private final Clock clock;

	DemoData(Territories territories, UserAccountRepository users, MembershipRepository memberships,
			PasswordEncoder encoder, TransactionTemplate tx, Clock clock) {
		this.territories = territories;
		this.users = users;
		this.memberships = memberships;
		this.encoder = encoder;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (territories.isEmpty()) {
			tx.executeWithoutResult(s -> load());
			log.info("Demo data loaded.");
		}
		log.info("""

				================ Relais demo accounts (password: {}) ================
				  admin@demo.relais         territory admin   Métropole de Lyon (two-factor set-up at first sign-in)
				  agent@demo.relais         desk agent        Métropole de Lyon
				  partner@demo.relais       partner           Métropole de Lyon (Les Paniers du Rhône, association)
				  care@demo.relais          partner           Métropole de Lyon (Centre de santé Les Tilleuls, health)
				  volunteer@demo.relais     volunteer         Métropole de Lyon
				  coordinator@demo.relais   coordinator       Métropole de Lyon
				  agent@ch.demo.relais      desk agent        Kanton Zürich
				  admin@ch.demo.relais      territory admin   Kanton Zürich (two-factor set-up at first sign-in)
				  partner@ch.demo.relais    partner           Kanton Zürich (Sozialzentrum Helvetiaplatz)
				  coordinator@ch.demo.relais coordinator      Kanton Zürich
				  platform@demo.relais      platform admin    all territories (two-factor set-up at first sign-in)
				=======================================================================""", PASSWORD);
	}

	private void load() {
		TerritorySummary lyon = territories.create("metropole-de-lyon",
				Map.of("fr", "Métropole de Lyon", "de", "Metropole Lyon", "it", "Metropoli di Lione", "en",
						"Lyon Metropolis"),
				"FR", "200046977", "SIREN", TerritoryKind.INTERCOMMUNALITY, 1_424_069, "fr",
				List.of("fr", "en", "de", "it"), "Europe/Paris");
		AreaSummary metro = territories.addArea(lyon.id(), null, AreaKind.INTERCOMMUNALITY, "200046977",
				"Métropole de Lyon", List.of(), 45.7640, 4.8357, 1_424_069);
		commune(lyon, metro, "69123", "Lyon", List.of("69001", "69002", "69003", "69004", "69005", "69006", "69007",
				"69008", "69009"), 45.7578, 4.8320, 522_250);
		commune(lyon, metro, "69266", "Villeurbanne", List.of("69100"), 45.7719, 4.8902, 156_928);
		commune(lyon, metro, "69259", "Vénissieux", List.of("69200"), 45.6975, 4.8867, 67_129);
		commune(lyon, metro, "69256", "Vaulx-en-Velin", List.of("69120"), 45.7787, 4.9217, 52_491);
		commune(lyon, metro, "69029", "Bron", List.of("69500"), 45.7386, 4.9135, 42_941);

		TerritorySummary zurich = territories.create("kanton-zuerich",
				Map.of("de", "Kanton Zürich", "fr", "Canton de Zurich", "it", "Cantone di Zurigo", "en",
						"Canton of Zurich"),
				"CH", "1", "BFS", TerritoryKind.CANTON, 1_605_508, "de", List.of("de", "fr", "it", "en"),
				"Europe/Zurich");
		AreaSummary canton = territories.addArea(zurich.id(), null, AreaKind.CANTON, "1", "Kanton Zürich", List.of(),
				47.3769, 8.5417, 1_605_508);
		commune(zurich, canton, "261", "Zürich", List.of("8001", "8002", "8003", "8004", "8005"), 47.3769, 8.5417,
				443_037);
		commune(zurich, canton, "230", "Winterthur", List.of("8400", "8404", "8405"), 47.4988, 8.7237, 120_376);
		commune(zurich, canton, "198", "Uster", List.of("8610"), 47.3471, 8.7209, 36_290);
		commune(zurich, canton, "191", "Dübendorf", List.of("8600"), 47.3972, 8.6188, 30_840);

		String hash = encoder.encode(PASSWORD);
		user("admin@demo.relais", "Claire Fontaine", "fr", hash, lyon, Role.TERRITORY_ADMIN);
		user("agent@demo.relais", "Karim Benali", "fr", hash, lyon, Role.AGENT);
		user("partner@demo.relais", "Sophie Lambert", "fr", hash, lyon, Role.PARTNER);
		user("care@demo.relais", "Hélène Carret", "fr", hash, lyon, Role.PARTNER);
		user("volunteer@demo.relais", "Lucien Morel", "fr", hash, lyon, Role.VOLUNTEER);
		user("coordinator@demo.relais", "Nadia Rousseau", "fr", hash, lyon, Role.COORDINATOR);
		user("agent@ch.demo.relais", "Lea Brunner", "de", hash, zurich, Role.AGENT);
		user("admin@ch.demo.relais", "Matthias Keller", "de", hash, zurich, Role.TERRITORY_ADMIN);
		user("partner@ch.demo.relais", "Reto Schneider", "de", hash, zurich, Role.PARTNER);
		user("coordinator@ch.demo.relais", "Sandra Meier", "de", hash, zurich, Role.COORDINATOR);
		users.save(new UserAccount("platform@demo.relais", "Inès Garnier", hash, "fr", clock.instant()))
			.setPlatformAdmin(true);
	}

	private void commune(TerritorySummary t, AreaSummary parent, String code, String name, List<String> postalCodes,
			double lat, double lon, int population) {
		territories.addArea(t.id(), parent.id(), AreaKind.COMMUNE, code, name, postalCodes, lat, lon, population);
	}

	private void user(String email, String name, String language, String hash, TerritorySummary territory,
			Role role) {
		UserAccount account = users.save(new UserAccount(email, name, hash, language, clock.instant()));
		UUID id = account.getId();
		memberships.save(new Membership(id, territory.id(), role, clock.instant()));
	}

}
