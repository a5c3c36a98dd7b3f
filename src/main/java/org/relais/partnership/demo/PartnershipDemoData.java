package org.relais.partnership.demo;

import java.util.UUID;

import org.relais.partnership.domain.Application;
import org.relais.partnership.domain.PartnershipRequestRepository;
import org.relais.partnership.domain.Partnerships;
import org.relais.partnership.domain.Partnerships.Actor;
import org.relais.platform.AccountDirectory;
import org.relais.territory.TerritoryCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo partnership requests, made through the workflow: in Zürich, "Computerwerkstatt Altstetten" under review and
 * "Verein Digitale Brücke" with its contract sent (in German); in Lyon, "Les Claviers Solidaires" just requested.
 * A request of the same organisation name in the territory means the demo is there already.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class PartnershipDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PartnershipDemoData.class);

	private final Partnerships partnerships;

	private final PartnershipRequestRepository requests;

	private final TerritoryCatalog territories;

	private final AccountDirectory accounts;

	PartnershipDemoData(Partnerships partnerships, PartnershipRequestRepository requests,
			TerritoryCatalog territories, AccountDirectory accounts) {
		this.partnerships = partnerships;
		this.requests = requests;
		this.territories = territories;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		int made = 0;
		var zurich = territories.findBySlug("kanton-zuerich").orElse(null);
		if (zurich != null) {
			Actor admin = accounts.findByEmail("admin@ch.demo.relais")
				.map(a -> new Actor(a.userId(), a.displayName()))
				.orElse(new Actor(null, "Demo"));
			made += zurich(zurich.id(), admin);
		}
		var lyon = territories.findBySlug("metropole-de-lyon").orElse(null);
		if (lyon != null && !requests.existsByTerritoryIdAndOrganisationName(lyon.id(), "Les Claviers Solidaires")) {
			partnerships.submit(lyon.id(), new Application("Les Claviers Solidaires", "ASSOCIATION", "W691234567",
					"12 rue Paul Bert", "69003", "Lyon", "+33 4 78 00 11 22", "contact@claviers-solidaires.example.org",
					"https://claviers-solidaires.example.org", "Martine Roux", "Présidente",
					"presidence@claviers-solidaires.example.org", "Yanis Haddad",
					"yanis.haddad@claviers-solidaires.example.org", "+33 6 12 34 56 78", "fr",
					"Ateliers d’initiation au numérique et prêt d’ordinateurs pour les familles du 3e arrondissement."));
			made++;
		}
		if (made > 0) {
			log.info("Demo partnership requests: {} made", made);
		}
	}

	private int zurich(UUID territory, Actor admin) {
		int made = 0;
		if (!requests.existsByTerritoryIdAndOrganisationName(territory, "Computerwerkstatt Altstetten")) {
			var submitted = partnerships.submit(territory, new Application("Computerwerkstatt Altstetten",
					"ASSOCIATION", "CHE-109.322.551", "Badenerstrasse 612", "8048", "Zürich", "+41 44 400 12 34",
					"info@computerwerkstatt.example.org", "https://computerwerkstatt.example.org", "Regula Meier",
					"Präsidentin", "praesidium@computerwerkstatt.example.org", "Tobias Frei",
					"tobias.frei@computerwerkstatt.example.org", "+41 79 555 12 34", "de",
					"Wir bereiten gespendete Laptops auf und begleiten Menschen bei den ersten Schritten am Computer."));
			partnerships.startReview(territory, submitted.requestId(), admin);
			made++;
		}
		if (!requests.existsByTerritoryIdAndOrganisationName(territory, "Verein Digitale Brücke")) {
			var submitted = partnerships.submit(territory, new Application("Verein Digitale Brücke", "ASSOCIATION",
					null, "Langstrasse 88", "8004", "Zürich", "+41 44 321 98 76", "kontakt@digitale-bruecke.example.org",
					null, "Selin Arslan", "Geschäftsleiterin", "leitung@digitale-bruecke.example.org", "Jonas Keller",
					"jonas.keller@digitale-bruecke.example.org", null, "de",
					"Begleitung von geflüchteten Familien bei Schule, Behörden und Arbeitssuche, auch digital."));
			partnerships.startReview(territory, submitted.requestId(), admin);
			partnerships.sendContract(territory, submitted.requestId(), admin);
			made++;
		}
		return made;
	}

}
