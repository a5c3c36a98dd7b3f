package org.relais.bench;

import java.util.List;

/**
 * What generated services say, per data·inclusion need category and language (French for Lyon, German for
 * Zürich, English for the occasional translation): service names, one-line summaries and description sentences,
 * written the way partners write them. Weights follow what social directories hold most (food, housing,
 * administrative help, employment).
 */
final class Vocabulary {

	/** Names, summaries and sentences of one category in one language. */
	record Words(String[] names, String[] summaries, String[] sentences) {
	}

	record Category(String code, int weight, Words fr, Words de, Words en) {

		Words in(String language) {
			return switch (language) {
				case "de" -> de;
				case "en" -> en;
				default -> fr;
			};
		}
	}

	static final List<Category> CATEGORIES = List.of(
			cat("equipement-et-alimentation", 14,
					w("Aide alimentaire|Épicerie solidaire|Distribution de colis alimentaires|Restaurant solidaire|Vestiaire solidaire|Banque alimentaire de quartier|Ressourcerie et électroménager à petit prix",
							"Colis et bons alimentaires pour les personnes sans ressources|Produits frais et d’hygiène à 10 % du prix du marché|Repas chauds servis le midi sans condition|Vêtements et chaussures pour toute la famille",
							"Les bénéficiaires sont orientés par un travailleur social ou se présentent directement à l’accueil.|Une participation symbolique est demandée selon le reste à vivre du foyer.|Les colis contiennent des produits secs, des conserves, des fruits et légumes et des produits d’hygiène.|Pensez à apporter vos propres sacs pour la distribution."),
					w("Lebensmittelabgabe|Caritas-Markt|Gassenküche|Kleiderbörse|Tischlein deck dich|Mittagstisch für alle",
							"Lebensmittel und Hygieneartikel zu stark reduzierten Preisen|Warme Mahlzeiten ohne Voranmeldung|Gratis Kleider und Schuhe für Erwachsene und Kinder",
							"Für den Einkauf braucht es eine Einkaufskarte der Sozialberatung.|Die Abgabe findet wöchentlich statt, bitte eigene Taschen mitbringen.|Menschen in finanziellen Schwierigkeiten sind willkommen."),
					w("Food bank|Community grocery|Free meals", "Food parcels and hot meals for people on low incomes",
							"Bring your own bags to the distribution.")),
			cat("logement-hebergement", 11,
					w("Hébergement d’urgence|Accueil de jour|Accompagnement vers le logement|Permanence logement|Maison relais|Prévention des expulsions",
							"Mise à l’abri et hébergement temporaire pour les personnes sans domicile|Aide à la recherche de logement et aux démarches auprès des bailleurs|Conseil en cas d’impayés de loyer et de procédure d’expulsion",
							"Les demandes d’hébergement passent par le 115 ou par un référent social.|Un travailleur social aide à constituer le dossier de demande de logement social.|L’accueil de jour propose douche, laverie, bagagerie et domiciliation."),
					w("Notschlafstelle|Wohnhilfe|Begleitetes Wohnen|Wohnungssuche für Geflüchtete|Tagestreff",
							"Übernachtung und Frühstück für obdachlose Menschen|Unterstützung bei der Wohnungssuche und bei Mietschulden|Begleitetes Wohnen mit Sozialbetreuung",
							"Der Eintritt ist ab 21 Uhr ohne Anmeldung möglich.|Wir vermitteln zwischen Mietenden und Vermietenden.|Die Beratung ist vertraulich und kostenlos."),
					w("Emergency shelter|Housing advice", "Temporary shelter and help to find a home",
							"Call before coming, places are limited.")),
			cat("difficultes-administratives-ou-juridiques", 10,
					w("Accès aux droits|Permanence juridique gratuite|Écrivain public|Domiciliation administrative|Point d’accès au droit|Aide aux démarches administratives",
							"Aide pour les dossiers CAF, CPAM, retraite et titres de séjour|Consultations gratuites avec un avocat ou un juriste|Une adresse pour recevoir son courrier et faire valoir ses droits",
							"Les rendez-vous durent trente minutes et se prennent par téléphone.|Apportez vos courriers, votre pièce d’identité et vos derniers avis d’imposition.|Un interprète peut être présent sur demande."),
					w("Rechtsberatung|Sozialberatung|Schreibdienst|Beratung für Sans-Papiers|Anlaufstelle Behördengänge",
							"Kostenlose Rechtsauskunft zu Miete, Arbeit und Aufenthalt|Hilfe beim Ausfüllen von Formularen und Briefen an Behörden|Beratung zu Sozialversicherungen und Ergänzungsleistungen",
							"Die Beratung findet ohne Voranmeldung statt.|Bitte Ausweis und alle Unterlagen mitbringen.|Auf Wunsch mit Dolmetscherin."),
					w("Legal advice|Help with paperwork", "Free advice on rights, benefits and residence permits",
							"Bring your documents and an identity card.")),
			cat("difficultes-financieres", 6,
					w("Point conseil budget|Microcrédit personnel|Aide financière d’urgence|Accompagnement au surendettement",
							"Conseils gratuits pour gérer son budget et éviter le surendettement|Secours ponctuels pour les factures d’énergie et de loyer",
							"Un conseiller budget aide à monter le dossier de surendettement auprès de la Banque de France.|L’aide est attribuée après une évaluation sociale."),
					w("Budgetberatung|Schuldenberatung|Überbrückungshilfe",
							"Beratung bei Schulden und Budgetfragen|Einmalige finanzielle Unterstützung in Notlagen",
							"Die Schuldenberatung erstellt mit Ihnen einen Sanierungsplan.|Gesuche werden innert zwei Wochen geprüft."),
					w("Budget advice|Debt counselling", "Free budget and debt advice", "Appointments by phone.")),
			cat("famille", 7,
					w("Lieu d’accueil enfants-parents|Soutien à la parentalité|Médiation familiale|Accueil des femmes victimes de violences|Relais petite enfance|Soutien aux aidants",
							"Un espace de jeu et d’écoute pour les parents et leurs enfants de moins de six ans|Écoute, mise à l’abri et accompagnement des femmes victimes de violences|Répit et groupes de parole pour les proches aidants",
							"L’accueil est anonyme et gratuit, sans inscription.|Une permanence téléphonique fonctionne sept jours sur sept.|Les ateliers parents-enfants ont lieu le mercredi matin."),
					w("Elternberatung|Familientreff|Frauenhaus|Entlastungsdienst für Angehörige|Mütter- und Väterberatung",
							"Beratung für Eltern von Kleinkindern|Schutz und Unterkunft für gewaltbetroffene Frauen und ihre Kinder|Entlastung für pflegende Angehörige",
							"Die Beratung ist kostenlos und vertraulich.|Rund um die Uhr telefonisch erreichbar.|Spielgruppe jeden Mittwochmorgen."),
					w("Parent support|Family centre", "Support for parents and carers", "Free and confidential.")),
			cat("trouver-un-emploi", 8,
					w("Accompagnement vers l’emploi|Club de recherche d’emploi|Chantier d’insertion|Job dating de quartier|Parrainage vers l’emploi",
							"Un accompagnement individuel pour retrouver un emploi durable|Des contrats en insertion dans le bâtiment, les espaces verts et la restauration",
							"Un conseiller fait le point sur votre parcours et vos compétences.|Les offres sont partagées chaque semaine avec les employeurs partenaires."),
					w("Stellensuche|Arbeitsintegration|Jobcoaching|Bewerbungswerkstatt",
							"Individuelle Begleitung bei der Stellensuche|Arbeitsplätze im zweiten Arbeitsmarkt",
							"Die Coaches kennen die Arbeitgeber der Region.|Einstieg jederzeit möglich."),
					w("Job coaching|Work integration", "One-to-one help to find a job", "Coaches know local employers.")),
			cat("preparer-sa-candidature", 5,
					w("Atelier CV et lettre de motivation|Préparer son entretien d’embauche|Valoriser ses compétences",
							"Des ateliers pour rédiger son CV et préparer ses candidatures",
							"Apportez une clé USB ou une adresse électronique pour repartir avec votre CV.|Les ateliers réunissent huit personnes au plus."),
					w("Bewerbungsdossier erstellen|Bewerbungstraining", "Hilfe beim Lebenslauf und Bewerbungsschreiben",
							"Bitte Zeugnisse mitbringen."),
					w("CV workshop", "Write your CV and prepare interviews", "Bring a USB stick.")),
			cat("choisir-un-metier", 3,
					w("Découverte des métiers|Bilan d’orientation|Immersion en entreprise",
							"Découvrir des métiers et tester un secteur avant de se former",
							"Des stages courts permettent de découvrir un métier en situation réelle."),
					w("Berufsberatung|Schnupperlehre", "Berufe kennenlernen und Stärken entdecken",
							"Kurze Praktika helfen bei der Berufswahl."),
					w("Career guidance", "Discover trades and your strengths", "Short placements in companies.")),
			cat("creer-une-entreprise", 2,
					w("Couveuse d’entreprises|Accompagnement à la création d’activité|Microcrédit professionnel",
							"Tester et structurer son projet de création d’entreprise", "Les porteurs de projet sont suivis pendant dix-huit mois."),
					w("Gründungsberatung|Mikrokredit für Selbständige", "Begleitung beim Aufbau eines eigenen Geschäfts",
							"Erstgespräch kostenlos."),
					w("Start-up support", "Help to start a business", "First meeting is free.")),
			cat("lecture-ecriture-calcul", 5,
					w("Cours de français langue étrangère|Atelier sociolinguistique|Lutte contre l’illettrisme|Conversation en français",
							"Apprendre le français à l’oral et à l’écrit pour la vie quotidienne|Remise à niveau en lecture, écriture et calcul",
							"Un test de positionnement permet de rejoindre le groupe adapté.|Les cours sont assurés par des bénévoles formés.|Une garde d’enfants est proposée pendant les cours."),
					w("Deutschkurs für Migrantinnen|Deutsch im Alltag|Lesen und Schreiben für Erwachsene|Konversationstreff",
							"Deutsch lernen für Alltag und Beruf|Grundkompetenzen in Lesen, Schreiben und Rechnen",
							"Einstufung vor Kursbeginn.|Kinderbetreuung während des Kurses.|Kurse auf den Niveaus A1 bis B1."),
					w("Language classes", "Learn French or German for daily life", "Childcare during classes.")),
			cat("mobilite", 4,
					w("Auto-école sociale|Garage solidaire|Location de vélos et scooters|Conseil en mobilité",
							"Passer le permis de conduire avec un accompagnement adapté|Réparations à prix réduit et location de véhicules pour aller travailler",
							"La prestation est réservée aux personnes en parcours d’insertion.|Un diagnostic mobilité est réalisé au premier rendez-vous."),
					w("Velowerkstatt|Fahrausweis mit Unterstützung|Mobilitätsberatung",
							"Günstige Velos und Reparaturen|Unterstützung beim Erwerb des Fahrausweises",
							"Velos können für einen Monat gemietet werden."),
					w("Bike workshop", "Cheap repairs and bike rental", "Bikes can be rented by the month.")),
			cat("numerique", 6,
					w("Aide numérique|Espace public numérique|Atelier informatique débutants|Accès libre aux ordinateurs|Conseiller numérique",
							"Aide aux démarches en ligne et initiation à l’ordinateur et au smartphone|Ordinateurs, imprimante et wifi en accès libre",
							"Un conseiller numérique vous accompagne pour créer votre adresse électronique et vos comptes en ligne.|Les ateliers se font en petits groupes, sur inscription."),
					w("Digitale Sprechstunde|Computerkurs für Einsteigerinnen|Internetcafé für alle",
							"Hilfe bei Online-Formularen und beim Umgang mit dem Smartphone|Computer und WLAN zur freien Benutzung",
							"Freiwillige helfen beim Einrichten von E-Mail und E-Banking."),
					w("Digital help", "Help with online forms and smartphones", "Volunteers help with e-mail and online accounts.")),
			cat("remobilisation", 5,
					w("Lien social et convivialité|Atelier bien-être et estime de soi|Bénévolat et engagement citoyen|Activités sportives et culturelles",
							"Rompre l’isolement par des activités collectives et des sorties|Retrouver confiance en soi grâce à des ateliers de groupe",
							"Les activités sont ouvertes à tous, sans inscription.|Le programme change chaque mois."),
					w("Quartiertreff|Begegnungscafé|Freiwilligenarbeit|Sport und Kultur für alle",
							"Begegnungen gegen die Einsamkeit|Selbstvertrauen stärken in der Gruppe", "Alle sind willkommen, ohne Anmeldung."),
					w("Community café", "Activities against loneliness", "Everyone is welcome.")),
			cat("sante", 8,
					w("Permanence d’accès aux soins de santé|Centre de santé communautaire|Soins dentaires solidaires|Consultation psychologique gratuite|Prévention des addictions|Dépistage et santé sexuelle",
							"Consultations médicales pour les personnes sans couverture maladie|Écoute et soutien psychologique sans avance de frais|Accompagnement des personnes en difficulté avec l’alcool ou les drogues",
							"Les consultations ont lieu sans rendez-vous le matin.|Un accompagnement à l’ouverture des droits à l’assurance maladie est proposé.|L’équipe comprend médecins, infirmiers et médiateurs en santé."),
					w("Medizinische Sprechstunde für Menschen ohne Versicherung|Psychologische Beratung|Suchtberatung|Zahnpflege für Armutsbetroffene",
							"Medizinische Grundversorgung ohne Krankenversicherung|Beratung bei Sucht und psychischen Belastungen",
							"Sprechstunde ohne Termin am Vormittag.|Die Beratung ist anonym und kostenlos."),
					w("Health drop-in", "Medical care for people without insurance", "No appointment needed in the morning.")),
			cat("se-former", 4,
					w("Formation qualifiante|Trouver sa formation|Financer sa formation",
							"Choisir une formation et monter le dossier de financement",
							"Le conseiller vérifie vos droits au compte personnel de formation."),
					w("Weiterbildungsberatung|Stipendienberatung", "Die passende Weiterbildung finden und finanzieren",
							"Wir prüfen mit Ihnen Stipendien und Fonds."),
					w("Training advice", "Find and fund a training course", "We check your funding options.")),
			cat("souvrir-a-linternational", 1,
					w("Mobilité internationale des jeunes|Travailler à l’étranger", "Informations pour partir travailler ou se former à l’étranger",
							"Des réunions d’information ont lieu chaque mois."),
					w("Arbeiten im Ausland", "Informationen zu Arbeit und Ausbildung im Ausland", "Monatliche Infoveranstaltungen."),
					w("Working abroad", "Information on working abroad", "Monthly information sessions.")),
			cat("relais", 2,
					w("Prêt d’ordinateurs portables|Visites de convivialité|Accompagnement aux courses|Covoiturage solidaire",
							"Des bénévoles rendent visite aux personnes âgées isolées|Prêt de matériel informatique pour les démarches et la scolarité",
							"Les visites sont organisées selon les disponibilités des bénévoles."),
					w("Laptop-Ausleihe|Besuchsdienst|Einkaufshilfe|Fahrdienst", "Freiwillige besuchen ältere Menschen zu Hause",
							"Einsätze nach Absprache."),
					w("Laptop lending|Befriending visits", "Volunteers visit isolated older people", "Visits by arrangement.")));

	/** Sentences any service may add (how to come, what to bring). */
	static final String[] COMMON_FR = { "Merci de prendre contact par téléphone avant de venir.",
			"L’accueil est accessible aux personnes à mobilité réduite.", "Les animaux ne sont pas admis dans les locaux.",
			"Une pièce d’identité peut être demandée.", "Tram T1 ou T4, arrêt à deux minutes à pied.",
			"Le service est fermé pendant les vacances scolaires d’été.", "Nous parlons aussi anglais, arabe et espagnol.",
			"Plus d’informations sur notre site internet." };

	static final String[] COMMON_DE = { "Bitte melden Sie sich vorher telefonisch an.", "Der Eingang ist rollstuhlgängig.",
			"Tram 4 oder Bus 32, Haltestelle in zwei Gehminuten.", "Wir sprechen auch Englisch, Tigrinya und Arabisch.",
			"Während der Sommerferien geschlossen.", "Weitere Informationen auf unserer Website." };

	static final String[] ORG_PREFIX_FR = { "Association", "Collectif", "Maison", "Foyer", "Réseau", "Entraide",
			"Amicale", "Fondation", "Comité", "Accueil" };

	static final String[] ORG_CORE_FR = { "Solidarités", "Le Relais", "L’Escale", "La Passerelle", "Les Amis de la Rue",
			"Horizon", "Le Trait d’Union", "Le Phare", "La Main Tendue", "Point d’Appui", "Le Pont", "L’Ancrage",
			"Accueil et Partage", "Les Buissonnets", "Le Tremplin", "Saint-Vincent", "Entre-Nous", "La Boussole",
			"Habitat et Humanisme", "L’Étape" };

	static final String[] ORG_PREFIX_DE = { "Verein", "Stiftung", "Treffpunkt", "Haus", "Netzwerk", "Fachstelle",
			"Beratungsstelle", "Genossenschaft" };

	static final String[] ORG_CORE_DE = { "Brückenschlag", "Lichtblick", "Rückenwind", "Zusammenhalt", "Anlaufstelle",
			"Wegweiser", "Nachbarschaftshilfe", "Sonnenblick", "Solidara", "Horizonte", "Tandem", "Kompass", "Oase",
			"Mitenand", "Perspektive" };

	private static Category cat(String code, int weight, Words fr, Words de, Words en) {
		return new Category(code, weight, fr, de, en);
	}

	private static Words w(String names, String summaries, String sentences) {
		return new Words(names.split("\\|"), summaries.split("\\|"), sentences.split("\\|"));
	}

	private Vocabulary() {
	}

}
