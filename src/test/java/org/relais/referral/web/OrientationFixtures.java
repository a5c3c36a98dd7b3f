package org.relais.referral.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryFixtures;
import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Saturation;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.territory.AreaKind;
import org.relais.territory.domain.Territories;
import org.relais.testing.TestAccounts;
import org.springframework.context.ApplicationContext;

/**
 * A territory of its own for the matching tests: two communes, an agent, a coordinator and a partner, and three
 * food services — one that can take anybody, one full and reserved to seniors, one whose information is stale.
 * No service answers {@link #DIGITAL}: asking for it leaves an unmet need.
 */
final class OrientationFixtures {

	static final String FOOD = "equipement-et-alimentation--alimentation";

	static final String DIGITAL = "numerique--acceder-a-des-services-en-ligne";

	final UUID territory;

	final String communeCode;

	final String postalCode;

	final RelaisPrincipal agent;

	final RelaisPrincipal coordinator;

	final RelaisPrincipal partner;

	final UUID open;

	final String openName;

	final UUID full;

	final String fullName;

	final UUID stale;

	OrientationFixtures(ApplicationContext context) {
		TestAccounts accounts = new TestAccounts(context);
		DirectoryFixtures directory = context.getBean(DirectoryFixtures.class);
		territory = accounts.newTerritory();
		String suffix = UUID.randomUUID().toString().substring(0, 5);
		communeCode = "T" + suffix;
		postalCode = String.format("9%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10000));
		Territories territories = context.getBean(Territories.class);
		territories.addArea(territory, null, AreaKind.COMMUNE, communeCode, "Testville " + suffix, List.of(postalCode),
				45.0, 4.0, 1000);
		territories.addArea(territory, null, AreaKind.COMMUNE, "U" + suffix, "Loinville " + suffix, List.of(), 45.6, 4.6,
				1000);
		agent = user(accounts, "agent", Role.AGENT);
		coordinator = user(accounts, "coordinator", Role.COORDINATOR);
		partner = user(accounts, "partner", Role.PARTNER);
		Organisation org = directory.organisation(territory, "fr", DirectoryFixtures.unique("Asso matching"));
		Location here = directory.location(org, "FR", postalCode, "Testville", 45.001, 4.001);
		openName = DirectoryFixtures.unique("Épicerie ouverte");
		open = directory.service(org, "fr", openName, Set.of(FOOD), List.of(here), s -> {
		}).getId();
		fullName = DirectoryFixtures.unique("Épicerie pleine");
		full = directory.service(org, "fr", fullName, Set.of(FOOD), List.of(here), s -> {
			s.setSaturation(new Saturation(SaturationLevel.FULL, 0, 10, "places", null, "Test", Instant.now()));
			s.setPublics(Set.of("seniors"));
			s.setPublicsReserved(true);
		}).getId();
		stale = directory.service(org, "fr", DirectoryFixtures.unique("Épicerie ancienne"), Set.of(FOOD), List.of(here),
				s -> s.assure(null, "test", Instant.now().minus(Duration.ofDays(800))))
			.getId();
	}

	private RelaisPrincipal user(TestAccounts accounts, String label, Role role) {
		String email = TestAccounts.uniqueEmail(label);
		accounts.createUser(email, label + " test", territory, role);
		return accounts.principal(email);
	}

}
