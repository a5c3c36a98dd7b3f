package org.relais.directory.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.Actor;
import org.relais.directory.domain.DirectoryChanges;
import org.relais.directory.domain.ExceptionalHours;
import org.relais.directory.domain.LiaisonQuestion;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.MemberRole;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationKind;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.QuestionType;
import org.relais.directory.domain.Saturation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.WeeklySlot;
import org.relais.platform.AccountDirectory;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory of the demo territories (fictional organisations, real-looking places and hours): every need
 * category covered, some services full, stale, temporarily closed or in draft, and the demo partner account at the
 * head of one organisation. Runs after the territory demo data, once: nothing happens when the directory of a demo
 * territory already has organisations.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class DirectoryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

	static final String SOURCE = "relais-demo";

	private final TerritoryCatalog territories;

	private final OrganisationRepository organisations;

	private final ServiceRepository services;

	private final LocationRepository locations;

	private final OrganisationMemberRepository members;

	private final AccountDirectory accounts;

	private final DirectoryChanges changes;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final Actor actor = Actor.system("Relais demo");

	private Instant now;

	private int counter;

	DirectoryDemoData(TerritoryCatalog territories, OrganisationRepository organisations, ServiceRepository services,
			LocationRepository locations, OrganisationMemberRepository members, AccountDirectory accounts,
			DirectoryChanges changes, TransactionTemplate tx, Clock clock) {
		this.territories = territories;
		this.organisations = organisations;
		this.services = services;
		this.locations = locations;
		this.members = members;
		this.accounts = accounts;
		this.changes = changes;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** Loads the demo directory where it is missing; returns the number of services created. */
	int load() {
		now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		int created = 0;
		TerritorySummary lyon = territories.findBySlug("metropole-de-lyon").orElse(null);
		if (lyon != null && organisations.countByTerritoryId(lyon.id()) == 0) {
			created += tx.execute(t -> lyon(lyon.id()));
		}
		TerritorySummary zurich = territories.findBySlug("kanton-zuerich").orElse(null);
		if (zurich != null && organisations.countByTerritoryId(zurich.id()) == 0) {
			created += tx.execute(t -> zurich(zurich.id()));
		}
		if (created > 0) {
			log.info("Directory demo data: {} organisations, {} services", organisations.count(), services.count());
		}
		return created;
	}

	// ---------------------------------------------------------------- Métropole de Lyon

	private int lyon(UUID t) {
		int n = 0;
		Organisation ccas = org(t, OrganisationKind.SOCIAL_SERVICE, "CCAS de Villeurbanne", "SIRET", "26690123400018",
				"04 78 00 10 10");
		Location ccasHall = place(ccas, "Hôtel social", "12 rue Michel Servet", "69100", "Villeurbanne", "69266", 45.7661,
				4.8795, "Mo-Fr 08:30-12:00,13:30-17:00", "Entrée par la cour, ascenseur à gauche.");
		n += svc(ccas, "Aide alimentaire d’urgence", "Bons alimentaires et colis pour les personnes sans ressources",
				List.of(ccasHall), s -> needs(s, "equipement-et-alimentation--alimentation").publics(s, "personnes-en-situation-durgence",
						"beneficiaires-des-minimas-sociaux").free(s).mob(s, "se-presenter", "relais-referral").full(s, 0, 40, "colis")
					.conditions(s, List.of("residence-in-area", "referral-by-professional"),
							List.of("identity-document", "proof-of-income")));
		n += svc(ccas, "Domiciliation administrative", "Une adresse pour recevoir son courrier et faire valoir ses droits",
				List.of(ccasHall), s -> needs(s, "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits")
					.free(s).mob(s, "se-presenter").docs(s, "Pièce d’identité ou récépissé de demande").liaison(s));
		n += svc(ccas, "Accompagnement budgétaire", "Faire le point sur son budget et prévenir les impayés", List.of(ccasHall),
				s -> needs(s, "difficultes-financieres--ameliorer-sa-gestion-budgetaire",
						"difficultes-financieres--prevenir-une-degradation-de-la-situation-financiere")
					.free(s).mob(s, "telephoner", "relais-referral").stale(s));
		n += svc(ccas, "Aide à l’énergie", "Aide ponctuelle pour les factures d’électricité et de gaz", List.of(ccasHall),
				s -> needs(s, "difficultes-financieres--situation-dendettement-surendettement").free(s).mob(s, "relais-referral")
					.limited(s, 5, 30, "dossiers par mois"));

		Organisation mdm = org(t, OrganisationKind.SOCIAL_SERVICE, "Maison de la Métropole – Lyon 3e", "SIRET",
				"20004697700215", "04 72 00 33 33");
		Location mdm3 = place(mdm, "Maison de la Métropole", "120 rue Paul Bert", "69003", "Lyon", "69123", 45.7580, 4.8550,
				"Mo-Fr 09:00-12:00,13:30-16:30", null);
		n += svc(mdm, "Accueil social de proximité", "Un travailleur social vous reçoit pour toutes vos démarches",
				List.of(mdm3), s -> needs(s, "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
						"difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits")
					.publics(s, "tous-publics").free(s).mob(s, "telephoner", "se-presenter").contact(s, "Claire Dumas", false));
		n += svc(mdm, "Soutien à la parentalité", "Entretiens et ateliers parents-enfants", List.of(mdm3),
				s -> needs(s, "famille--soutien-a-la-parentalite-et-a-leducation").publics(s, "familles").free(s)
					.mob(s, "telephoner").waitlist(s, 0, 12, "familles"));

		Organisation paniers = org(t, OrganisationKind.ASSOCIATION, "Les Paniers du Rhône", "RNA", "W691000123",
				"04 78 11 22 33");
		Location paniers7 = place(paniers, "Épicerie de la Guillotière", "8 rue de Marseille", "69007", "Lyon", "69123",
				45.7530, 4.8430, "Tu,Th 14:00-18:30; Sa 09:30-12:30", "Rez-de-chaussée, sonnette « Paniers ».");
		n += svc(paniers, "Épicerie solidaire", "Des produits frais et d’épicerie à 10 à 30 % du prix", List.of(paniers7),
				s -> needs(s, "equipement-et-alimentation--alimentation").publics(s, "familles", "beneficiaires-des-minimas-sociaux")
					.paid(s, "10 à 30 % du prix en magasin").mob(s, "relais-referral", "telephoner").full(s, 0, 60, "foyers")
					.translate(s, "en", "Solidarity grocery", "Fresh food and groceries at 10–30% of shop prices").liaison(s));
		n += svc(paniers, "Vestiaire solidaire", "Vêtements pour toute la famille, gratuits sur orientation",
				List.of(paniers7), s -> needs(s, "equipement-et-alimentation--habillement").free(s).mob(s, "se-presenter"));

		Organisation epn = org(t, OrganisationKind.DIGITAL_SPACE, "Connect’Lyon – espace public numérique", "SIRET",
				"84312345600014", "04 78 45 45 45");
		Location epn8 = place(epn, "EPN des États-Unis", "45 boulevard des États-Unis", "69008", "Lyon", "69123", 45.7370,
				4.8640, "Mo,We,Fr 09:30-12:30,14:00-18:00; Sa 10:00-12:00", "Accès de plain-pied.");
		n += svc(epn, "Premiers pas sur l’ordinateur", "Ateliers en petits groupes pour débuter", List.of(epn8),
				s -> needs(s, "numerique--maitriser-les-fondamentaux-du-numerique").types(s, "atelier").publics(s, "seniors",
						"tous-publics").free(s).access(s, "wheelchair", "step-free"));
		n += svc(epn, "Aide aux démarches en ligne", "CAF, impôts, France Travail : on fait ensemble", List.of(epn8),
				s -> needs(s, "numerique--acceder-a-des-services-en-ligne").free(s).mob(s, "se-presenter").remoteToo(s));
		n += svc(epn, "Accès libre à Internet", "Postes en libre accès, impression et scan", List.of(epn8),
				s -> needs(s, "numerique--acceder-a-une-connexion-internet").free(s).stale(s));
		n += svc(epn, "Ordinateurs reconditionnés", "Un ordinateur à petit prix pour les foyers modestes", List.of(epn8),
				s -> needs(s, "numerique--acquerir-un-equipement", "relais--pret-de-materiel-informatique").paid(s, "30 € l’ordinateur")
					.mob(s, "relais-referral").waitlist(s, 0, 25, "ordinateurs"));

		Organisation ft = org(t, OrganisationKind.EMPLOYMENT_SERVICE, "Agence emploi Lyon Part-Dieu", "SIRET",
				"13000548100019", "39 49");
		Location ftPd = place(ft, "Agence Part-Dieu", "5 rue Servient", "69003", "Lyon", "69123", 45.7605, 4.8530,
				"Mo-Th 08:30-16:30; Fr 08:30-12:00", null);
		n += svc(ft, "Atelier CV et lettre de motivation", "Deux matinées pour un CV qui donne envie", List.of(ftPd),
				s -> needs(s, "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation").types(s, "atelier")
					.publics(s, "demandeurs-emploi").reserved(s).free(s));
		n += svc(ft, "Préparer ses entretiens", "Simulations d’entretien avec des recruteurs bénévoles", List.of(ftPd),
				s -> needs(s, "trouver-un-emploi--convaincre-un-recruteur-en-entretien", "trouver-un-emploi--repondre-a-des-offres-demploi")
					.publics(s, "demandeurs-emploi").free(s).closed(s));

		Organisation mj = org(t, OrganisationKind.ASSOCIATION, "Mission Jeunes Lyon Est", "SIRET", "41234567800027",
				"04 72 37 37 37");
		Location mjV = place(mj, "Antenne de Vaulx-en-Velin", "3 avenue Georges Dimitrov", "69120", "Vaulx-en-Velin",
				"69256", 45.7790, 4.9210, "Mo-Fr 09:00-12:30,13:30-17:30", null);
		Location mjB = place(mj, "Antenne de Bron", "10 avenue Franklin Roosevelt", "69500", "Bron", "69029", 45.7380,
				4.9130, "Tu,Th 09:00-12:30,13:30-17:00", null);
		n += svc(mj, "Accompagnement vers l’emploi des 16-25 ans", "Un conseiller pour construire son projet",
				List.of(mjV, mjB), s -> needs(s, "trouver-un-emploi--faire-des-candidatures-spontanees",
						"choisir-un-metier--identifier-ses-points-forts-et-ses-competences")
					.publics(s, "jeunes").reserved(s).ages(s, 16, 25).free(s).mob(s, "relais-referral", "se-presenter").liaison(s));
		n += svc(mj, "Permis solidaire", "Financement et accompagnement au permis B", List.of(mjV),
				s -> needs(s, "mobilite--preparer-un-permis", "mobilite--financer-ma-mobilite").publics(s, "jeunes")
					.ages(s, 18, 25).paid(s, "Reste à charge de 100 €").full(s, 0, 15, "places"));

		Organisation sante = org(t, OrganisationKind.HEALTH, "Centre de santé Les Tilleuls", "SIRET", "79912345600031",
				"04 78 77 88 99");
		Location santeV = place(sante, "Centre de santé", "22 rue Paul Bert", "69200", "Vénissieux", "69259", 45.6990,
				4.8850, "Mo-Fr 08:00-19:00; Sa 08:00-12:00", "Parking gratuit devant le centre.");
		n += svc(sante, "Consultations sans avance de frais", "Médecine générale, tiers payant intégral", List.of(santeV),
				s -> needs(s, "sante--acces-aux-soins").publics(s, "tous-publics").free(s).langs(s, "fr", "ar", "en")
					.access(s, "wheelchair", "accessible-toilet"));
		n += svc(sante, "Écoute psychologique", "Une psychologue reçoit sans rendez-vous le mardi", List.of(santeV),
				s -> needs(s, "sante--sante-mentale", "sante--addictions").free(s).waitlist(s, 0, 8, "créneaux").stale(s));

		Organisation toit = org(t, OrganisationKind.ASSOCIATION, "Toit Partagé", "RNA", "W691000456", "04 78 22 44 66");
		Location toit1 = place(toit, "Permanence logement", "14 rue d’Algérie", "69001", "Lyon", "69123", 45.7680, 4.8330,
				"Mo,We 14:00-17:00", null);
		n += svc(toit, "Orientation vers un hébergement", "Recherche d’une solution d’hébergement temporaire",
				List.of(toit1), s -> needs(s, "logement-hebergement--rechercher-une-solution-dhebergement-temporaire")
					.publics(s, "personnes-en-situation-durgence", "personnes-exilees").free(s).mob(s, "relais-referral")
					.full(s, 0, 20, "places").liaison(s));
		n += svc(toit, "Se maintenir dans son logement", "Prévenir l’expulsion et réduire les impayés de loyer",
				List.of(toit1), s -> needs(s, "logement-hebergement--se-maintenir-dans-le-logement",
						"logement-hebergement--reduire-les-impayes-de-loyer", "logement-hebergement--louer-un-logement").free(s));

		Organisation alpha = org(t, OrganisationKind.ASSOCIATION, "Alpha Lyon", "RNA", "W691000789", "04 78 60 60 60");
		Location alpha9 = place(alpha, "Salle de la Duchère", "2 place Abbé Pierre", "69009", "Lyon", "69123", 45.7860,
				4.7990, "Mo,Tu,Th 09:00-11:30,18:00-20:00", null);
		n += svc(alpha, "Cours de français", "Français à l’oral et à l’écrit, tous niveaux", List.of(alpha9),
				s -> needs(s, "lecture-ecriture-calcul--maitriser-le-francais").types(s, "formation").publics(s, "personnes-exilees",
						"tous-publics").paid(s, "Adhésion 10 € par an").langs(s, "fr", "ar", "ps", "ti").waitlist(s, 0, 30, "places")
					.translate(s, "it", "Corsi di francese", "Francese orale e scritto, tutti i livelli"));
		n += svc(alpha, "Remise à niveau en calcul", "Les bases du calcul pour la vie quotidienne", List.of(alpha9),
				s -> needs(s, "lecture-ecriture-calcul--maitriser-le-calcul").paid(s, "Adhésion 10 € par an").archived(s));

		Organisation garage = org(t, OrganisationKind.ASSOCIATION, "Garage solidaire du Grand Lyon", "SIRET",
				"50012345600045", "04 72 15 15 15");
		Location garageV = place(garage, "Garage", "80 route de Vienne", "69200", "Vénissieux", "69259", 45.7100, 4.8700,
				"Mo-Fr 08:00-12:00,13:30-17:30", null);
		n += svc(garage, "Réparation solidaire", "Pièces et main-d’œuvre à prix réduit", List.of(garageV),
				s -> needs(s, "mobilite--entretenir-reparer-son-vehicule").paid(s, "Main-d’œuvre 15 € de l’heure")
					.publics(s, "beneficiaires-des-minimas-sociaux", "demandeurs-emploi").mob(s, "relais-referral"));
		n += svc(garage, "Location de voitures à petit prix", "Une voiture pour aller travailler ou se former",
				List.of(garageV), s -> needs(s, "mobilite--acceder-a-un-vehicule", "mobilite--etre-accompagne-dans-son-parcours-mobilite")
					.paid(s, "5 € par jour").limited(s, 2, 12, "véhicules"));

		Organisation justice = org(t, OrganisationKind.PUBLIC_SERVICE, "Point-justice de Vénissieux", "SIRET",
				"17690001200014", "04 72 21 45 00");
		Location justiceV = place(justice, "Maison de la justice et du droit", "5 rue du Dr Coblod", "69200",
				"Vénissieux", "69259", 45.6960, 4.8820, "Tu,Th 09:00-12:00,14:00-17:00", null);
		n += svc(justice, "Permanence d’accès au droit", "Avocats, conciliateurs et juristes gratuitement", List.of(justiceV),
				s -> needs(s, "difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire",
						"difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination",
						"difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-a-la-citoyennete")
					.free(s).mob(s, "telephoner").stale(s));

		Organisation cap = org(t, OrganisationKind.OTHER, "Cap Création Rhône", "SIRET", "52012345600058",
				"04 78 90 12 12");
		Location cap2 = place(cap, "Pépinière", "30 quai Perrache", "69002", "Lyon", "69123", 45.7480, 4.8260,
				"Mo-Fr 09:00-17:00", null);
		n += svc(cap, "Créer son activité", "De l’idée au projet : ateliers et suivi individuel", List.of(cap2),
				s -> needs(s, "creer-une-entreprise--definir-son-projet-de-creation-dentreprise",
						"creer-une-entreprise--structurer-son-projet-de-creation-dentreprise",
						"creer-une-entreprise--developper-son-entreprise").publics(s, "demandeurs-emploi", "beneficiaires-des-minimas-sociaux")
					.free(s).remoteToo(s));

		Organisation horizons = org(t, OrganisationKind.ASSOCIATION, "Horizons Métiers", "RNA", "W691001011",
				"04 78 31 31 31");
		Location hor4 = place(horizons, "Atelier de la Croix-Rousse", "6 rue d’Austerlitz", "69004", "Lyon", "69123",
				45.7750, 4.8310, "Tu-Fr 09:00-12:00,14:00-17:00", null);
		n += svc(horizons, "Découvrir un métier", "Immersions en entreprise et rencontres de professionnels",
				List.of(hor4), s -> needs(s, "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
						"choisir-un-metier--confirmer-son-choix-de-metier", "choisir-un-metier--connaitre-les-opportunites-demploi").free(s));
		n += svc(horizons, "Trouver sa formation", "Choisir une formation et monter son dossier de financement",
				List.of(hor4), s -> needs(s, "se-former--trouver-sa-formation", "se-former--monter-son-dossier-de-formation").free(s)
					.stale(s));
		n += svc(horizons, "Valoriser ses compétences", "Bilan de compétences simplifié et réseau", List.of(hor4),
				s -> needs(s, "preparer-sa-candidature--valoriser-ses-competences", "preparer-sa-candidature--developper-son-reseau",
						"preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi").free(s));

		Organisation voisins = org(t, OrganisationKind.ASSOCIATION, "Voisins solidaires de Bron", "RNA", "W691001213",
				"04 78 26 26 26");
		Location vois = place(voisins, "Local associatif", "1 rue Jean Jaurès", "69500", "Bron", "69029", 45.7390, 4.9110,
				"Mo-Fr 10:00-12:00", "Appelez la permanence téléphonique : 04 78 26 26 26.");
		n += svc(voisins, "Visites de convivialité", "Un bénévole vous rend visite chaque semaine", List.of(vois),
				s -> needs(s, "relais--visites-de-convivialite", "remobilisation--lien-social").publics(s, "seniors").free(s)
					.mob(s, "telephoner", "relais-referral").ages(s, 60, null));
		n += svc(voisins, "Accompagnement aux courses", "Faire ses courses accompagné d’un voisin bénévole", List.of(vois),
				s -> needs(s, "relais--accompagnement-aux-courses").publics(s, "seniors", "personnes-en-situation-de-handicap").free(s));
		n += svc(voisins, "Covoiturage solidaire", "Des conducteurs bénévoles pour vos rendez-vous", List.of(vois),
				s -> needs(s, "relais--covoiturage-solidaire", "mobilite--mobilite-douce-partagee-collective").free(s)
					.limited(s, 3, 10, "trajets par semaine"));
		n += svc(voisins, "Sorties culturelles et sportives", "Marche douce, musée, cinéma en groupe", List.of(vois),
				s -> needs(s, "remobilisation--activites-sportives-et-culturelles", "remobilisation--bien-etre-confiance-en-soi",
						"remobilisation--benevolat-action-citoyenne").free(s).stale(s));

		Organisation europe = org(t, OrganisationKind.ASSOCIATION, "Europe Mobilité Jeunes", "RNA", "W691001415",
				"04 72 10 10 10");
		Location eur = place(europe, "Point information", "20 rue de la République", "69002", "Lyon", "69123", 45.7620,
				4.8360, "We 14:00-18:00", null);
		n += svc(europe, "Travailler ou étudier à l’étranger", "Informations, aides et réseaux pour partir",
				List.of(eur), s -> needs(s, "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger",
						"souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger",
						"souvrir-a-linternational--sorganiser-suite-a-son-retour-en-france").publics(s, "jeunes", "etudiants")
					.free(s).remoteToo(s));

		Organisation familles = org(t, OrganisationKind.ASSOCIATION, "Relais Familles de Vaulx", "RNA", "W691001617",
				"04 78 80 80 80");
		Location fam = place(familles, "Maison des familles", "9 rue Émile Zola", "69120", "Vaulx-en-Velin", "69256",
				45.7770, 4.9230, "Mo-Fr 08:30-18:00", null);
		n += svc(familles, "Halte-garderie solidaire", "Accueil des enfants de 3 mois à 4 ans pendant vos démarches",
				List.of(fam), s -> needs(s, "famille--garde-denfants").publics(s, "familles").paid(s, "Selon le quotient familial")
					.full(s, 0, 18, "places"));
		n += svc(familles, "Soutien aux aidants", "Groupes de parole et répit pour les proches aidants", List.of(fam),
				s -> needs(s, "famille--soutien-aidants", "famille--prise-en-charge-personne-dependante").free(s));
		n += svc(familles, "Écoute violences et séparations", "Accueil confidentiel des victimes de violences",
				List.of(fam), s -> needs(s, "famille--surmonter-conflits-separation-violence").publics(s, "femmes", "familles")
					.free(s).contact(s, "Permanence confidentielle", false).mob(s, "telephoner"));
		n += svc(familles, "Aide ménagère et électroménager", "Prêt d’appareils et aide au foyer", List.of(fam),
				s -> needs(s, "equipement-et-alimentation--aide-menagere", "equipement-et-alimentation--electromenager").free(s)
					.closed(s));

		// awaiting the territory admin's validation
		Organisation pending1 = org(t, OrganisationKind.ASSOCIATION, "Repair Café Part-Dieu", "RNA", "W691001819", null);
		pending1.setStatus(OrganisationStatus.PENDING);
		n += svc(pending1, "Réparer ensemble", "Petits appareils et vélos réparés avec vous", List.of(),
				s -> needs(s, "equipement-et-alimentation--electromenager").free(s).draft(s));
		Organisation pending2 = org(t, OrganisationKind.ASSOCIATION, "Les Jardins de Vénissieux", "RNA", "W691002021", null);
		pending2.setStatus(OrganisationStatus.PENDING);
		n += svc(pending2, "Jardin partagé", "Cultiver une parcelle et rencontrer ses voisins", List.of(),
				s -> needs(s, "remobilisation--lien-social").free(s).draft(s));

		accounts.findByEmail("partner@demo.relais")
			.ifPresent(p -> members.save(new OrganisationMember(paniers.getId(), p.userId(), MemberRole.ADMIN,
					MemberStatus.ACTIVE, now)));
		accounts.findByEmail("care@demo.relais")
			.ifPresent(p -> members.save(new OrganisationMember(sante.getId(), p.userId(), MemberRole.MEMBER,
					MemberStatus.ACTIVE, now)));
		accounts.findByEmail("volunteer@demo.relais")
			.ifPresent(v -> members.save(new OrganisationMember(voisins.getId(), v.userId(), MemberRole.MEMBER,
					MemberStatus.PENDING, now)));
		// the grocery is the partner's: make one of its services stale so the dashboard has something to confirm
		return n;
	}

	// ---------------------------------------------------------------- Kanton Zürich

	private int zurich(UUID t) {
		int n = 0;
		Organisation sz = org(t, OrganisationKind.SOCIAL_SERVICE, "Sozialzentrum Helvetiaplatz", "UID", "CHE-115.123.456",
				"044 412 00 00");
		Location szL = place(sz, "Sozialzentrum", "Molkenstrasse 5", "8004", "Zürich", "261", 47.3765, 8.5265,
				"Mo-Fr 08:00-12:00,13:30-17:00", "Rollstuhlgängiger Eingang an der Seite.");
		n += svc(sz, "Sozialberatung", "Persönliche Beratung zu Sozialhilfe und weiteren Leistungen", List.of(szL),
				s -> needs(s, "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits").free(s)
					.publics(s, "tous-publics").mob(s, "telephoner", "se-presenter").langs(s, "de", "en", "it", "tr"));
		n += svc(sz, "Schuldenberatung", "Unterstützung bei Schulden und Betreibungen", List.of(szL),
				s -> needs(s, "difficultes-financieres--situation-dendettement-surendettement").free(s).waitlist(s, 0, 20, "Termine")
					.mob(s, "relais-referral").liaison(s));
		n += svc(sz, "Budgetberatung", "Einnahmen und Ausgaben planen", List.of(szL),
				s -> needs(s, "difficultes-financieres--acquerir-une-autonomie-budgetaire",
						"difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere").free(s).stale(s));

		Organisation wlw = org(t, OrganisationKind.ASSOCIATION, "Wir lernen weiter – Zürich", "UID", "CHE-280.456.789",
				"044 500 40 40");
		Location wlwL = place(wlw, "Ausgabestelle", "Hohlstrasse 110", "8004", "Zürich", "261", 47.3800, 8.5200,
				"Tu,Th 10:00-16:00", null);
		n += svc(wlw, "Laptop für Menschen mit wenig Geld", "Aufbereitete Laptops über eine Fachstelle beantragen",
				List.of(wlwL), s -> needs(s, "relais--pret-de-materiel-informatique", "numerique--acquerir-un-equipement")
					.publics(s, "beneficiaires-des-minimas-sociaux", "personnes-exilees", "demandeurs-emploi").reserved(s).free(s)
					.mob(s, "relais-referral").full(s, 0, 50, "Laptops").liaison(s)
					.translate(s, "fr", "Un ordinateur portable pour les personnes à petit budget", null));
		n += svc(wlw, "Digitalkurs für Einsteigerinnen und Einsteiger", "Den Laptop einrichten und sicher nutzen",
				List.of(wlwL), s -> needs(s, "numerique--maitriser-les-fondamentaux-du-numerique").types(s, "atelier").free(s));

		Organisation kh = org(t, OrganisationKind.ASSOCIATION, "Kirchliche Hilfe Limmat", "UID", "CHE-101.222.333",
				"044 271 11 11");
		Location khL = place(kh, "Treffpunkt Limmat", "Langstrasse 200", "8005", "Zürich", "261", 47.3850, 8.5300,
				"Mo,We,Fr 09:00-11:30", null);
		n += svc(kh, "Lebensmittelabgabe", "Lebensmittel für Menschen mit knappem Budget", List.of(khL),
				s -> needs(s, "equipement-et-alimentation--alimentation").free(s).publics(s, "beneficiaires-des-minimas-sociaux")
					.mob(s, "se-presenter").docs(s, "Kulturlegi oder Bestätigung der Sozialhilfe")
					.conditions(s, List.of("residence-in-area"), List.of("identity-document", "benefits-certificate")));
		n += svc(kh, "Kleiderbörse", "Gut erhaltene Kleider für die ganze Familie", List.of(khL),
				s -> needs(s, "equipement-et-alimentation--habillement").paid(s, "Symbolischer Beitrag").closed(s));

		Organisation rav = org(t, OrganisationKind.EMPLOYMENT_SERVICE, "RAV Zürich-Oerlikon", "UID", "CHE-300.400.500",
				"044 365 00 00");
		Location ravL = place(rav, "RAV Oerlikon", "Schaffhauserstrasse 355", "8005", "Zürich", "261", 47.4100, 8.5450,
				"Mo-Fr 08:00-12:00,13:30-17:00", null);
		n += svc(rav, "Bewerbungswerkstatt", "Lebenslauf und Bewerbungsschreiben mit Coaching", List.of(ravL),
				s -> needs(s, "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation").types(s, "atelier")
					.publics(s, "demandeurs-emploi").reserved(s).free(s));
		n += svc(rav, "Stellensuche organisieren", "Strategie und Netzwerk für die Stellensuche", List.of(ravL),
				s -> needs(s, "trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs",
						"trouver-un-emploi--maintien-dans-lemploi").free(s).stale(s));

		Organisation diq = org(t, OrganisationKind.ASSOCIATION, "Deutsch im Quartier", "UID", "CHE-222.333.444",
				"052 212 12 12");
		Location diqL = place(diq, "Kursraum Winterthur", "Stadthausstrasse 12", "8400", "Winterthur", "230", 47.4990,
				8.7290, "Mo,We 18:00-20:00; Sa 09:00-11:00", null);
		n += svc(diq, "Deutschkurse im Quartier", "Deutsch lernen für den Alltag, alle Niveaus", List.of(diqL),
				s -> needs(s, "lecture-ecriture-calcul--maitriser-le-francais").types(s, "formation").publics(s, "personnes-exilees")
					.paid(s, "CHF 50 pro Semester").langs(s, "de", "ar", "ti", "fa").waitlist(s, 0, 24, "Plätze"));
		n += svc(diq, "Rechnen im Alltag", "Grundlagen Rechnen für Erwachsene", List.of(diqL),
				s -> needs(s, "lecture-ecriture-calcul--maitriser-le-calcul").free(s));

		Organisation wh = org(t, OrganisationKind.ASSOCIATION, "Wohnhilfe Winterthur", "UID", "CHE-333.444.555",
				"052 222 22 22");
		Location whL = place(wh, "Beratungsstelle", "Technikumstrasse 40", "8400", "Winterthur", "230", 47.4970, 8.7240,
				"Tu,Th 13:30-17:00", null);
		n += svc(wh, "Begleitung bei der Wohnungssuche", "Dossier, Besichtigungen und Kontakte zu Vermietern",
				List.of(whL), s -> needs(s, "logement-hebergement--louer-un-logement", "logement-hebergement--changer-de-logement",
						"logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement").free(s));
		n += svc(wh, "Notunterkunft", "Vermittlung einer vorübergehenden Unterkunft", List.of(whL),
				s -> needs(s, "logement-hebergement--rechercher-une-solution-dhebergement-temporaire").free(s)
					.publics(s, "personnes-en-situation-durgence").full(s, 0, 16, "Betten").mob(s, "relais-referral"));

		Organisation gz = org(t, OrganisationKind.HEALTH, "Gesundheitszentrum Uster", "UID", "CHE-444.555.666",
				"044 940 40 40");
		Location gzL = place(gz, "Gesundheitszentrum", "Bankstrasse 8", "8610", "Uster", "198", 47.3480, 8.7190,
				"Mo-Fr 08:00-18:00", null);
		n += svc(gz, "Sprechstunde ohne Versicherung", "Medizinische Grundversorgung für Menschen ohne Krankenversicherung",
				List.of(gzL), s -> needs(s, "sante--acces-aux-soins", "sante--sante-sexuelle").free(s).langs(s, "de", "en", "es"));
		n += svc(gz, "Psychosoziale Beratung", "Gespräche bei Krisen und Sucht", List.of(gzL),
				s -> needs(s, "sante--sante-mentale", "sante--addictions", "sante--constituer-un-dossier-mdph-invalidite").free(s));

		Organisation qt = org(t, OrganisationKind.DIGITAL_SPACE, "Quartiertreff Digital Dübendorf", "UID",
				"CHE-555.666.777", "044 820 20 20");
		Location qtL = place(qt, "Quartiertreff", "Bahnhofstrasse 20", "8600", "Dübendorf", "191", 47.3980, 8.6180,
				"We 14:00-18:00; Sa 10:00-13:00", null);
		n += svc(qt, "Internet-Ecke", "Computer und WLAN frei zugänglich", List.of(qtL),
				s -> needs(s, "numerique--acceder-a-une-connexion-internet").free(s).access(s, "wheelchair", "step-free"));
		n += svc(qt, "Hilfe bei Online-Formularen", "eUmzug, Steuern, Krankenkasse: wir helfen", List.of(qtL),
				s -> needs(s, "numerique--acceder-a-des-services-en-ligne").free(s));

		Organisation nh = org(t, OrganisationKind.ASSOCIATION, "Nachbarschaftshilfe Winterthur", "UID",
				"CHE-666.777.888", "052 233 33 33");
		Location nhL = place(nh, "Vermittlungsstelle", "Marktgasse 30", "8400", "Winterthur", "230", 47.5000, 8.7300,
				"Mo-Fr 09:00-11:00", null);
		n += svc(nh, "Besuchsdienst", "Freiwillige besuchen ältere Menschen zu Hause", List.of(nhL),
				s -> needs(s, "relais--visites-de-convivialite").publics(s, "seniors").free(s).ages(s, 65, null));
		n += svc(nh, "Einkaufsbegleitung", "Gemeinsam einkaufen gehen", List.of(nhL),
				s -> needs(s, "relais--accompagnement-aux-courses").free(s));
		n += svc(nh, "Fahrdienst", "Freiwillige fahren Sie zu Arztterminen", List.of(nhL),
				s -> needs(s, "relais--covoiturage-solidaire").paid(s, "CHF 0.70 pro Kilometer").limited(s, 4, 20, "Fahrten"));

		Organisation fz = org(t, OrganisationKind.ASSOCIATION, "Familienzentrum Zürich West", "UID", "CHE-777.888.999",
				"044 271 22 22");
		Location fzL = place(fz, "Familienzentrum", "Hardstrasse 219", "8005", "Zürich", "261", 47.3870, 8.5200,
				"Mo-Fr 08:30-17:30", null);
		n += svc(fz, "Kinderbetreuung", "Betreuung von Kleinkindern während Kursen und Terminen", List.of(fzL),
				s -> needs(s, "famille--garde-denfants").publics(s, "familles").paid(s, "Nach Einkommen").full(s, 0, 12, "Plätze"));
		n += svc(fz, "Elternberatung", "Fragen zu Erziehung und Familienalltag", List.of(fzL),
				s -> needs(s, "famille--soutien-a-la-parentalite-et-a-leducation").free(s).remoteToo(s));

		Organisation asyl = org(t, OrganisationKind.ASSOCIATION, "Asylbegleitung Limmattal", "UID", "CHE-888.111.222",
				"044 555 31 31");
		Location asylL = place(asyl, "Beratungsstelle", "Badenerstrasse 120", "8004", "Zürich", "261", 47.3760,
				8.5230, "Tu,Th 09:00-16:00", null);
		n += svc(asyl, "Begleitung im Asylverfahren", "Beratung und Begleitung von Asylsuchenden und Geflüchteten",
				List.of(asylL), s -> needs(s, "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits")
					.free(s).publics(s, "personnes-exilees").langs(s, "de", "en", "fr", "ar"));

		accounts.findByEmail("partner@ch.demo.relais")
			.ifPresent(p -> members.save(new OrganisationMember(sz.getId(), p.userId(), MemberRole.ADMIN,
					MemberStatus.ACTIVE, now)));
		return n;
	}

	// ---------------------------------------------------------------- building blocks

	private Organisation org(UUID territory, OrganisationKind kind, String name, String scheme, String legalId,
			String phone) {
		Organisation o = new Organisation(null, territory, LocalizedText.of(lang(territory), name), now);
		o.setKind(kind);
		o.setLegalIdScheme(scheme);
		o.setLegalId(legalId);
		o.setPhone(phone);
		String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		o.setWebsite("https://" + slug + ".example.org");
		o.setEmail("contact@" + slug + ".example.org");
		o.setStatus(OrganisationStatus.ACTIVE);
		o.setExternal(SOURCE, slug);
		organisations.save(o);
		changes.record(territory, "organization", o.getId(), null, DirectoryChanges.snapshot(o), actor, now);
		return o;
	}

	private String lang(UUID territory) {
		return territories.find(territory).map(t -> t.defaultLanguage()).orElse("fr");
	}

	/** A place with hours written like "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00". */
	private Location place(Organisation o, String name, String address, String postalCode, String city, String areaCode,
			double lat, double lon, String hours, String access) {
		String country = lang(o.getTerritoryId()).equals("de") ? "CH" : "FR";
		Location l = new Location(null, o.getTerritoryId(), o.getId(), country, now);
		l.setName(name);
		l.setAddress(address);
		l.setPostalCode(postalCode);
		l.setCity(city);
		l.setAreaCode(areaCode);
		l.setCoordinates(lat, lon);
		l.setAccessNotes(access);
		l.setWeekly(slots(hours));
		if (++counter % 5 == 0) {
			LocalDate start = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(20);
			l.setExceptions(List.of(new ExceptionalHours(start, start.plusDays(13), true, null, null,
					country.equals("CH") ? "Betriebsferien" : "Fermeture annuelle")));
		}
		if (counter % 7 == 0) {
			l.setTemporaryMessage(country.equals("CH") ? "Wegen Umbau befindet sich der Empfang im 1. Stock."
					: "Travaux : l’accueil se fait au 1er étage jusqu’à nouvel ordre.");
		}
		locations.save(l);
		changes.record(o.getTerritoryId(), "location", l.getId(), null, DirectoryChanges.snapshot(l), actor, now);
		return l;
	}

	static List<WeeklySlot> slots(String spec) {
		List<WeeklySlot> slots = new ArrayList<>();
		for (String part : spec.split(";")) {
			String[] dayAndTimes = part.strip().split(" ");
			for (DayOfWeek day : days(dayAndTimes[0])) {
				for (String range : dayAndTimes[1].split(",")) {
					String[] t = range.split("-");
					slots.add(new WeeklySlot(day, LocalTime.parse(t[0]), LocalTime.parse(t[1])));
				}
			}
		}
		return slots;
	}

	private static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");

	private static Set<DayOfWeek> days(String spec) {
		Set<DayOfWeek> days = new LinkedHashSet<>();
		for (String item : spec.split(",")) {
			if (item.contains("-")) {
				int from = DAYS.indexOf(item.substring(0, 2));
				int to = DAYS.indexOf(item.substring(3, 5));
				for (int d = from; d <= to; d++) {
					days.add(DayOfWeek.of(d + 1));
				}
			}
			else {
				days.add(DayOfWeek.of(DAYS.indexOf(item) + 1));
			}
		}
		return days;
	}

	private int svc(Organisation o, String name, String summary, List<Location> at, Consumer<Service> edit) {
		String lang = lang(o.getTerritoryId());
		Service s = new Service(null, o, LocalizedText.of(lang, name), now);
		s.setSummary(LocalizedText.of(lang, summary));
		s.setDescription(LocalizedText.of(lang, summary + (lang.equals("de")
				? ".\n\nBitte melden Sie sich **vorher telefonisch** an. Weitere Informationen auf unserer Website."
				: ".\n\nMerci de **prendre contact par téléphone** avant de venir. Plus d’informations sur notre site.")));
		s.getLocations().addAll(at);
		s.setReceptionModes(Set.of("en-presentiel"));
		s.setLanguages(Set.of(lang));
		s.setServiceTypes(Set.of("accompagnement"));
		s.setPhone(o.getPhone());
		s.setEmail(o.getEmail());
		s.setMobilisers(Set.of("professionnels", "usagers"));
		s.setStatus(ServiceStatus.PUBLISHED, null);
		s.setSaturation(Saturation.initial());
		s.setExternal(SOURCE, o.getExternalId() + "/" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
		// assured recently, at various dates
		s.assure(null, "Relais demo", now.minus(10 + (counter++ % 9) * 12, ChronoUnit.DAYS));
		edit.accept(s);
		services.save(s);
		changes.record(o.getTerritoryId(), "service", s.getId(), null, DirectoryChanges.snapshot(s), actor, now);
		return 1;
	}

	// small edits, chained with a fluent helper
	private final Edits e = new Edits();

	private Edits needs(Service s, String... codes) {
		s.setNeeds(Set.of(codes));
		return e;
	}

	final class Edits {

		Edits publics(Service s, String... codes) {
			s.setPublics(Set.of(codes));
			return this;
		}

		Edits reserved(Service s) {
			s.setPublicsReserved(true);
			return this;
		}

		Edits free(Service s) {
			s.setFeesFree(true);
			return this;
		}

		Edits paid(Service s, String details) {
			s.setFeesFree(false);
			s.setFeesDetails(details);
			return this;
		}

		Edits mob(Service s, String... modes) {
			s.setMobilisation(Set.of(modes));
			return this;
		}

		Edits types(Service s, String... types) {
			s.setServiceTypes(Set.of(types));
			return this;
		}

		Edits langs(Service s, String... languages) {
			s.setLanguages(Set.of(languages));
			return this;
		}

		Edits access(Service s, String... features) {
			s.setAccessibility(Set.of(features));
			return this;
		}

		Edits ages(Service s, Integer min, Integer max) {
			s.setAgeRange(min, max);
			return this;
		}

		Edits docs(Service s, String documents) {
			s.setDocumentsOther(documents);
			return this;
		}

		/** Codes of the global lists: access conditions and documents to bring. */
		Edits conditions(Service s, List<String> prerequisites, List<String> documents) {
			s.setPrerequisites(Set.copyOf(prerequisites));
			s.setDocuments(Set.copyOf(documents));
			return this;
		}

		Edits remoteToo(Service s) {
			s.setReceptionModes(Set.of("en-presentiel", "a-distance"));
			return this;
		}

		Edits contact(Service s, String name, boolean isPublic) {
			s.setContactName(name);
			s.setContactPublic(isPublic);
			return this;
		}

		Edits full(Service s, int available, int maximum, String unit) {
			return saturation(s, SaturationLevel.FULL, available, maximum, unit);
		}

		Edits waitlist(Service s, int available, int maximum, String unit) {
			return saturation(s, SaturationLevel.WAITLIST, available, maximum, unit);
		}

		Edits limited(Service s, int available, int maximum, String unit) {
			return saturation(s, SaturationLevel.LIMITED, available, maximum, unit);
		}

		private Edits saturation(Service s, SaturationLevel level, int available, int maximum, String unit) {
			s.setSaturation(new Saturation(level, available, maximum, unit, null, "Relais demo",
					now.minus(2, ChronoUnit.DAYS)));
			return this;
		}

		/** Assured 7 to 13 months ago on a 6-month period: "to verify". */
		Edits stale(Service s) {
			s.assure(null, "Relais demo", now.minus(210 + (counter % 6) * 30L, ChronoUnit.DAYS));
			return this;
		}

		Edits closed(Service s) {
			s.setStatus(ServiceStatus.TEMPORARILY_CLOSED, LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(30));
			return this;
		}

		Edits draft(Service s) {
			s.setStatus(ServiceStatus.DRAFT, null);
			return this;
		}

		Edits archived(Service s) {
			s.setStatus(ServiceStatus.ARCHIVED, null);
			return this;
		}

		Edits translate(Service s, String language, String name, String summary) {
			s.setName(s.getName().with(language, name));
			if (summary != null) {
				s.setSummary(s.getSummary().with(language, summary));
			}
			return this;
		}

		Edits liaison(Service s) {
			boolean de = s.getName().exactly("de") != null;
			s.setLiaisonForm(List.of(
					new LiaisonQuestion(de ? "Was ist die aktuelle Situation der Person?" : "Quelle est la situation actuelle de la personne ?",
							QuestionType.TEXT, null, true),
					new LiaisonQuestion(de ? "Haushalt" : "Composition du foyer", QuestionType.CHOICE,
							de ? "Allein\nPaar\nAlleinerziehend\nFamilie" : "Seul\nCouple\nFamille monoparentale\nFamille", true),
					new LiaisonQuestion(de ? "Verfügbar ab" : "Disponible à partir du", QuestionType.DATE, null, false),
					new LiaisonQuestion(de ? "Braucht die Person eine Übersetzung?" : "La personne a-t-elle besoin d’un interprète ?",
							QuestionType.YES_NO, null, false)));
			return this;
		}

	}


}
