package org.relais.mutualaid.association.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.relais.agenda.Agenda;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventVisibility;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.association.AssociationProfileRepository;
import org.relais.mutualaid.association.AssociationSpace;
import org.relais.mutualaid.carpool.Carpools;
import org.relais.mutualaid.news.NewsDesk;
import org.relais.mutualaid.news.NewsVisibility;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.people.BeneficiarySummary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lyon's associations in mutual aid: Les Paniers du Rhône (shopping, errands), Voisins solidaires de Bron (visits,
 * walks, phone calls; vouches for Jeanne Roux and Marc Lefèvre), Toit Partagé (accompaniment, digital help); three
 * news items (two public, one for partners); Voisins solidaires de Bron's public "Après-midi jeux et goûter" in two
 * weeks, with the seats of the drivers Paul Girard and Marc Lefèvre and Jean-Pierre Morel's seat request. Volunteers
 * and people that are missing are left out. Does nothing once Voisins solidaires de Bron has its profile.
 */
@Component
@Order(77)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class AssociationsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AssociationsDemoData.class);

	static final String PANIERS = "Les Paniers du Rhône";

	static final String VOISINS = "Voisins solidaires de Bron";

	static final String TOIT = "Toit Partagé";

	private final TerritoryCatalog territories;

	private final DirectoryCatalog directory;

	private final AssociationSpace space;

	private final AssociationProfileRepository profiles;

	private final VolunteerRepository volunteers;

	private final NewsDesk news;

	private final Agenda agenda;

	private final Carpools carpools;

	private final People people;

	private final AccountDirectory accounts;

	private final Clock clock;

	AssociationsDemoData(TerritoryCatalog territories, DirectoryCatalog directory, AssociationSpace space,
			AssociationProfileRepository profiles, VolunteerRepository volunteers, NewsDesk news, Agenda agenda,
			Carpools carpools, People people, AccountDirectory accounts, Clock clock) {
		this.territories = territories;
		this.directory = directory;
		this.space = space;
		this.profiles = profiles;
		this.volunteers = volunteers;
		this.news = news;
		this.agenda = agenda;
		this.carpools = carpools;
		this.people = people;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		UUID lyon = territories.findBySlug("metropole-de-lyon").map(t -> t.id()).orElse(null);
		if (lyon == null) {
			return;
		}
		Optional<OrganisationRef> paniers = org(lyon, PANIERS);
		Optional<OrganisationRef> voisins = org(lyon, VOISINS);
		Optional<OrganisationRef> toit = org(lyon, TOIT);
		if (voisins.isEmpty() || profiles.findById(voisins.get().id()).isPresent()) {
			return;
		}
		UUID partner = accounts.findByEmail("partner@demo.relais").map(RelaisPrincipal::userId).orElse(null);
		paniers.ifPresent(o -> space.save(lyon, o.id(), true, EnumSet.of(ActionType.SHOPPING, ActionType.ERRANDS),
				partner));
		space.save(lyon, voisins.get().id(), true,
				EnumSet.of(ActionType.VISIT, ActionType.WALK, ActionType.PHONE_CALL), null);
		toit.ifPresent(o -> space.save(lyon, o.id(), true,
				EnumSet.of(ActionType.ACCOMPANIMENT, ActionType.DIGITAL_HELP), null));
		for (String email : new String[] { "jeanne.roux@example.org", "marc.lefevre@example.org" }) {
			volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, email)
				.filter(v -> v.getVouchingOrganisationId() == null)
				.ifPresent(v -> v.vouch(voisins.get().id(), clock.instant()));
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
		paniers.ifPresent(o -> news.save(lyon, o.id(), null, new NewsDesk.NewsDraft(
				"Paniers solidaires tous les jeudis",
				"Chaque jeudi de 14 h à 18 h 30, Les Paniers du Rhône distribuent des paniers de fruits et légumes. "
						+ "Des bénévoles peuvent faire les courses pour les personnes qui ne peuvent pas se déplacer : "
						+ "demandez-le à l’accueil de la Métropole.",
				today.minusDays(3), NewsVisibility.PUBLIC, null, false), partner));
		toit.ifPresent(o -> news.save(lyon, o.id(), null, new NewsDesk.NewsDraft("Permanence numérique le mardi",
				"Toit Partagé aide à faire ses démarches en ligne et à se servir d’une tablette, chaque mardi matin, "
						+ "sans rendez-vous.",
				today.minusDays(1), NewsVisibility.PUBLIC, null, false), null));
		news.save(lyon, voisins.get().id(), null, new NewsDesk.NewsDraft("Réunion des bénévoles du quartier",
				"Les partenaires qui orientent des personnes isolées vers nous sont invités à la réunion des bénévoles, "
						+ "le premier lundi du mois à 18 h, pour faire le point sur les visites et les promenades.",
				today, NewsVisibility.PARTNERS, null, false), null);
		UUID event = event(lyon, voisins.get(), today);
		int offers = 0;
		for (String[] driver : new String[][] { { "paul.girard@example.org", "69266" },
				{ "marc.lefevre@example.org", "69029" } }) {
			Optional<Volunteer> v = volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, driver[0]);
			if (v.isPresent() && carpools.canDrive(v.get())) {
				carpools.offer(lyon, event, v.get().getId(), driver[1], today.plusDays(14).atTime(13, 45), 3, null);
				offers++;
			}
		}
		Optional<BeneficiarySummary> morel = people.search(lyon, "Morel", 10)
			.stream()
			.filter(p -> "Jean-Pierre".equals(p.firstName()))
			.findFirst();
		morel.ifPresent(p -> {
			try {
				carpools.ask(lyon, event, null, p.id(), "69123",
						accounts.findByEmail("agent@demo.relais").map(RelaisPrincipal::userId).orElse(null));
			}
			catch (MutualAidException e) {
				log.warn("Demo carpool seat request left out: {}", e.getMessage());
			}
		});
		log.info("Demo mutual-aid associations: 3 profiles, 3 news items, 1 event with {} carpool offer(s)", offers);
	}

	private UUID event(UUID lyon, OrganisationRef voisins, LocalDate today) {
		LocalDateTime start = today.plusDays(14).atTime(LocalTime.of(14, 30));
		UUID location = directory.locations(lyon)
			.stream()
			.filter(l -> voisins.id().equals(l.organisationId()))
			.map(LocationRef::id)
			.findFirst()
			.orElse(null);
		UUID actor = accounts.findByEmail("agent@demo.relais").map(RelaisPrincipal::userId).orElse(null);
		return agenda.create(lyon, actor, new EventDraft("Après-midi jeux et goûter",
				"Jeux de société, cartes et goûter partagé pour les habitants de Bron. Des bénévoles conduisent les "
						+ "personnes qui ne peuvent pas venir seules : demandez une place en covoiturage.",
				start, start.plusHours(3), false, null, location, location == null ? "Bron" : null, null, voisins.id(),
				EventCategory.PUBLIC_EVENT, EventVisibility.PUBLIC, 40, null));
	}

	private Optional<OrganisationRef> org(UUID lyon, String name) {
		return directory.organisations(lyon, "fr").stream().filter(o -> o.name().equals(name)).findFirst();
	}

}
