package org.relais.people.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.people.DemoPeople;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fictional people of the demo territories (names in {@link DemoPeople}), made through the {@link People} façade
 * with a consent for most. Runs after the territory demo data; a person already there (same names) is skipped, so
 * a restart adds nothing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class PeopleDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

	static final String CONSENT = "Partage des données avec les partenaires pour une orientation";

	static final String CONSENT_DE = "Weitergabe der Daten an Partnerorganisationen für eine Zuweisung";

	private static final ContactPreference PHONE = ContactPreference.PHONE;

	private static final ContactPreference EMAIL = ContactPreference.EMAIL;

	private static final ContactPreference REFERENT = ContactPreference.THROUGH_REFERENT;

	/** One demo person: the names, then what an agent would enter. */
	record Demo(String first, String last, LocalDate birthDate, Integer birthYear, String postal, String commune,
			String phone, String email, Set<String> languages, ContactPreference contact, Set<String> situations,
			Integer maxKm, boolean remote, String notes, ConsentMethod consent) {

		NewBeneficiary toNew() {
			return new NewBeneficiary(first, last, false, birthDate, birthYear, postal, commune, phone, email, languages,
					contact, situations, maxKm, remote, notes);
		}

		String name() {
			return first + " " + last;
		}

	}

	static final List<Demo> LYON = List.of(
			new Demo("Nadia", "Benali", LocalDate.of(1986, 3, 14), null, "69100", "69266", "06 12 34 56 01", null,
					Set.of("fr", "ar"), PHONE, Set.of("familles", "beneficiaires-des-minimas-sociaux"), 10, false,
					"Deux enfants scolarisés ; cherche une aide alimentaire et un accompagnement budgétaire.",
					ConsentMethod.ORAL),
			new Demo("Jean-Pierre", "Morel", null, 1952, "69003", "69123", "04 78 60 11 02", null, Set.of("fr"), PHONE,
					Set.of("seniors"), 5, false, "Vit seul, peu à l’aise avec le numérique.", ConsentMethod.WRITTEN),
			new Demo("Sophie", "Lambert", LocalDate.of(1994, 7, 2), null, "69007", "69123", "06 22 45 10 03",
					"sophie.lambert@example.org", Set.of("fr", "en"), EMAIL, Set.of("demandeurs-emploi"), 20, true,
					null, ConsentMethod.ORAL),
			new Demo("Karim", "Haddad", LocalDate.of(1979, 11, 23), null, "69200", "69259", "07 61 20 30 04", null,
					Set.of("fr", "ar"), PHONE, Set.of("demandeurs-emploi", "beneficiaires-des-minimas-sociaux"), 15,
					false, null, ConsentMethod.SIGNED_FORM),
			new Demo("Élodie", "Fournier", LocalDate.of(2004, 5, 9), null, "69100", "69266", "06 48 12 90 05",
					"elodie.f@example.org", Set.of("fr"), EMAIL, Set.of("jeunes", "etudiants"), 10, true, null,
					ConsentMethod.ORAL),
			new Demo("Mamadou", "Diallo", null, 1998, "69120", "69256", "07 55 41 22 06", null, Set.of("fr", "en"),
					REFERENT, Set.of("personnes-exilees", "jeunes"), 10, false,
					"Demande d’asile en cours ; cours de français souhaités.", ConsentMethod.ORAL),
			new Demo("Lucie", "Girard", LocalDate.of(1990, 1, 30), null, "69500", "69029", "06 33 87 45 07", null,
					Set.of("fr"), PHONE, Set.of("femmes", "personnes-en-situation-durgence"), 10, false, null,
					ConsentMethod.ORAL),
			new Demo("Thomas", "Roux", LocalDate.of(1985, 9, 17), null, "69008", "69123", "06 71 23 11 08", null,
					Set.of("fr"), PHONE, Set.of("personnes-en-situation-de-handicap", "demandeurs-emploi"), 8, true,
					null, ConsentMethod.WRITTEN),
			new Demo("Aïcha", "Mansouri", null, 1968, "69200", "69259", "04 72 50 33 09", null, Set.of("ar", "fr"),
					REFERENT, Set.of("beneficiaires-des-minimas-sociaux", "residents-qpv-frr"), 5, false, null,
					ConsentMethod.ORAL),
			new Demo("Bernard", "Petit", LocalDate.of(1947, 4, 4), null, "69004", "69123", "04 78 29 40 10", null,
					Set.of("fr"), PHONE, Set.of("seniors"), 3, false, "Besoin d’une aide pour ses démarches en ligne.",
					null),
			new Demo("Inès", "Carvalho", LocalDate.of(1991, 12, 12), null, "69100", "69266", "06 90 11 56 11",
					"ines.carvalho@example.org", Set.of("fr", "pt"), EMAIL, Set.of("familles", "actifs"), 15, true,
					null, ConsentMethod.ORAL),
			new Demo("Hugo", "Lefèvre", null, 2006, "69120", "69256", "07 82 33 14 12", null, Set.of("fr"), PHONE,
					Set.of("jeunes", "personnes-en-situation-juridique-specifique"), 10, false, null,
					ConsentMethod.SIGNED_FORM),
			new Demo("Fatou", "Ndiaye", LocalDate.of(1983, 6, 21), null, "69009", "69123", "06 15 72 98 13", null,
					Set.of("fr", "en"), PHONE, Set.of("familles", "personnes-exilees"), 10, false, null,
					ConsentMethod.ORAL),
			new Demo("Marcel", "Dupuis", null, 1958, "69500", "69029", null, null, Set.of("fr"), REFERENT,
					Set.of("personnes-en-situation-durgence"), 5, false, "Sans domicile stable ; joignable via le CCAS.",
					null));

	static final List<Demo> ZURICH = List.of(
			new Demo("Ursula", "Meier", null, 1949, "8004", "261", "044 321 45 01", null, Set.of("de"), PHONE,
					Set.of("seniors"), 5, false, "Braucht Hilfe bei Online-Formularen.", ConsentMethod.ORAL),
			new Demo("Beat", "Keller", LocalDate.of(1975, 2, 11), null, "8400", "230", "079 456 12 02", null,
					Set.of("de"), PHONE, Set.of("demandeurs-emploi", "beneficiaires-des-minimas-sociaux"), 15, true,
					null, ConsentMethod.WRITTEN),
			new Demo("Giulia", "Bernasconi", LocalDate.of(1997, 8, 5), null, "8005", "261", "078 654 33 03",
					"giulia.b@example.org", Set.of("it", "de"), EMAIL, Set.of("jeunes", "etudiants"), 10, true, null,
					ConsentMethod.ORAL),
			new Demo("Luca", "Ferrari", null, 1988, "8610", "198", "076 210 44 04", null, Set.of("it", "de"), PHONE,
					Set.of("familles"), 10, false, null, ConsentMethod.ORAL),
			new Demo("Selin", "Yilmaz", LocalDate.of(1992, 10, 28), null, "8600", "191", "077 555 12 05", null,
					Set.of("tr", "de"), PHONE, Set.of("femmes", "familles"), 10, false, null, ConsentMethod.ORAL),
			new Demo("Dawit", "Tesfaye", null, 2001, "8004", "261", null, null, Set.of("ti", "en"), REFERENT,
					Set.of("personnes-exilees", "jeunes"), 10, false, "Vorläufig aufgenommen; Deutschkurs gesucht.",
					ConsentMethod.ORAL));

	private final TerritoryCatalog territories;

	private final People people;

	PeopleDemoData(TerritoryCatalog territories, People people) {
		this.territories = territories;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** Creates the demo people missing from the demo territories; returns how many were created. */
	int load() {
		int created = load("metropole-de-lyon", LYON, CONSENT) + load("kanton-zuerich", ZURICH, CONSENT_DE);
		if (created > 0) {
			log.info("People demo data: {} people", created);
		}
		return created;
	}

	private int load(String slug, List<Demo> demo, String purpose) {
		TerritorySummary territory = territories.findBySlug(slug).orElse(null);
		if (territory == null) {
			return 0;
		}
		int created = 0;
		for (Demo d : demo) {
			NewBeneficiary person = d.toNew();
			if (!people.likelyDuplicates(territory.id(), person).isEmpty()) {
				continue;
			}
			UUID id = people.create(territory.id(), person, null).id();
			if (d.consent() != null) {
				people.recordConsent(territory.id(), id, purpose, d.consent(), null);
			}
			created++;
		}
		return created;
	}

	static List<String> names(List<Demo> demo) {
		return demo.stream().map(Demo::name).toList();
	}

}
