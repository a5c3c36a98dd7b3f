package org.relais.mutualaid.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.ConcernLevel;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.action.ActionAssignment;
import org.relais.mutualaid.action.ActionDetails;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.action.ActionRequests;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.people.BeneficiarySummary;
import org.relais.people.DemoPeople;
import org.relais.people.NewBeneficiary;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo action requests in Lyon, one per status, for the demo people and the demo volunteers (looked up by email;
 * what is missing is skipped): new, offered to three volunteers, unanswered, accepted by Lucien Morel
 * (volunteer@demo.relais), two-person with one acceptance, done with a report and the time spent, cancelled, a
 * signal of the health centre Les Tilleuls (care@demo.relais), and one with a wellbeing concern. Taken as
 * agent@demo.relais (the people's reads are logged under that name). Idempotent: does nothing once its first
 * request exists.
 */
@Component
@Order(75)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class DispatchDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DispatchDemoData.class);

	static final String MARK = "Code porte 2B14, 3e étage. Sonner deux fois.";

	private final TerritoryCatalog territories;

	private final ActionRequests requests;

	private final Dispatcher dispatcher;

	private final VolunteerRepository volunteers;

	private final People people;

	private final AccountDirectory accounts;

	private final DirectoryCatalog directory;

	private final Clock clock;

	DispatchDemoData(TerritoryCatalog territories, ActionRequests requests, Dispatcher dispatcher,
			VolunteerRepository volunteers, People people, AccountDirectory accounts, DirectoryCatalog directory,
			Clock clock) {
		this.territories = territories;
		this.requests = requests;
		this.dispatcher = dispatcher;
		this.volunteers = volunteers;
		this.people = people;
		this.accounts = accounts;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		UUID lyon = territories.findBySlug("metropole-de-lyon").map(t -> t.id()).orElse(null);
		Optional<RelaisPrincipal> agent = accounts.findByEmail("agent@demo.relais");
		if (lyon == null || agent.isEmpty()
				|| requests.ofTerritory(lyon).stream().anyMatch(r -> MARK.equals(r.getNotes()))) {
			return;
		}
		var previous = SecurityContextHolder.getContext().getAuthentication();
		try {
			signIn(agent.get());
			int made = build(lyon, agent.get().userId());
			log.info("Mutual-aid demo: {} action requests in Lyon", made);
		}
		catch (MutualAidException e) {
			log.warn("Mutual-aid demo stopped: {}", e.getMessage());
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private int build(UUID lyon, UUID agent) {
		List<UUID> persons = DemoPeople.LYON.stream()
			.map(name -> person(lyon, name))
			.flatMap(Optional::stream)
			.toList();
		if (persons.isEmpty()) {
			return 0;
		}
		LocalDate today = LocalDate.now(clock);
		Optional<Volunteer> lucien = volunteer(lyon, "volunteer@demo.relais");
		int made = 0;

		// NEW: taken, waiting for the desk to dispatch it
		take(lyon, at(persons, 0), "VISIT", "WITHIN_7", null, "AFTERNOON", null, MARK, "no", agent);
		made++;

		// DISPATCHED: offered to three volunteers
		ActionRequest offered = take(lyon, at(persons, 1), "SHOPPING", "WITHIN_15", null, "MORNING", null,
				"Liste de courses à récupérer chez la personne.", "no", agent);
		dispatcher.dispatch(lyon, offered.getId(), agent, 3);
		made++;

		// UNANSWERED: offered, nobody answered in time
		ActionRequest unanswered = take(lyon, at(persons, 2), "READING", "ON_DATE", today.plusDays(4).toString(),
				"EVENING", null, "Aime les romans policiers.", "no", agent);
		dispatcher.dispatch(lyon, unanswered.getId(), agent, 3);
		dispatcher.unanswered(unanswered.getId(), clock.instant(), 48);
		made++;

		// ACCEPTED by Lucien Morel, with a concern
		ActionRequest accepted = take(lyon, at(persons, 3), "VISIT", "ON_DATE", today.plusDays(2).toString(),
				"AFTERNOON", null, "Interphone au nom de la personne ; elle entend mal, insister.", "no", agent);
		Optional<ActionAssignment> lucienMission = lucien.flatMap(v -> acceptAs(lyon, accepted, v));
		lucienMission.ifPresent(a -> concern(lyon, a, ConcernLevel.MEDIUM,
				"La personne semble avoir peu mangé ces derniers jours ; le réfrigérateur était presque vide."));
		made++;

		// two-person visit with one acceptance: still offered
		ActionRequest pair = take(lyon, at(persons, 4), "VISIT", "WITHIN_15", null, "MORNING", null,
				"Visite à deux demandée par la famille.", "yes", agent);
		dispatcher.dispatch(lyon, pair.getId(), agent, 3);
		firstOffer(pair).ifPresent(a -> acceptQuietly(lyon, a));
		made++;

		// DONE with a report and the time spent
		ActionRequest done = take(lyon, at(persons, 5), "WALK", "WITHIN_7", null, "AFTERNOON", null,
				"Promenade au parc, prévoir une canne.", "no", agent);
		dispatcher.dispatch(lyon, done.getId(), agent, 3);
		firstOffer(done).filter(a -> acceptQuietly(lyon, a)).ifPresent(a -> {
			try {
				dispatcher.report(lyon, a.getId(), a.getVolunteerId(),
						"Belle promenade au parc de la Tête d’Or, la personne a bien marché et souhaite recommencer.",
						75);
			}
			catch (MutualAidException e) {
				log.info("Mutual-aid demo: no report ({})", e.messageKey());
			}
		});
		made++;

		// CANCELLED by the desk
		ActionRequest cancelled = take(lyon, at(persons, 6), "ACCOMPANIMENT", "ON_DATE",
				today.plusDays(6).toString(), "MORNING", null, "Rendez-vous chez le cardiologue.", "no", agent);
		dispatcher.cancel(lyon, cancelled.getId(), "La famille accompagnera la personne.", agent);
		made++;

		// a signal of the health centre Les Tilleuls
		made += signal(lyon);
		return made;
	}

	private ActionRequest take(UUID lyon, UUID person, String type, String when, String date, String dayPart,
			String time, String notes, String twoPerson, UUID agent) {
		return requests.create(lyon, person,
				ActionDetails.parse(type, when, date, dayPart, time, null, notes, twoPerson),
				ActionRequests.Origin.agent(agent));
	}

	private Optional<ActionAssignment> acceptAs(UUID lyon, ActionRequest r, Volunteer v) {
		try {
			ActionAssignment a = dispatcher.offerTo(lyon, r.getId(), v);
			return Optional.of(dispatcher.accept(lyon, a.getId(), v.getId()));
		}
		catch (MutualAidException e) {
			log.info("Mutual-aid demo: {} could not accept ({})", v.getEmail(), e.messageKey());
			return Optional.empty();
		}
	}

	private boolean acceptQuietly(UUID lyon, ActionAssignment a) {
		try {
			dispatcher.accept(lyon, a.getId(), a.getVolunteerId());
			return true;
		}
		catch (MutualAidException e) {
			return false;
		}
	}

	private void concern(UUID lyon, ActionAssignment a, ConcernLevel level, String text) {
		try {
			dispatcher.concern(lyon, a.getId(), a.getVolunteerId(), level, text);
		}
		catch (MutualAidException e) {
			log.info("Mutual-aid demo: no concern ({})", e.messageKey());
		}
	}

	private Optional<ActionAssignment> firstOffer(ActionRequest r) {
		return dispatcher.assignmentsOf(r.getId())
			.stream()
			.filter(a -> a.getStatus() == AssignmentStatus.OFFERED)
			.findFirst();
	}

	private int signal(UUID lyon) {
		Optional<RelaisPrincipal> care = accounts.findByEmail("care@demo.relais");
		Optional<UUID> centre = care.flatMap(c -> directory.memberOrganisations(c.userId())
			.stream()
			.filter(org -> directory.organisation(lyon, org, "fr")
				.map(o -> "HEALTH".equals(o.kind()) || "SOCIAL_SERVICE".equals(o.kind()))
				.orElse(false))
			.findFirst());
		if (centre.isEmpty()) {
			return 0;
		}
		signIn(care.get());
		try {
			ActionRequest r = requests.signal(lyon, centre.get(),
					new NewBeneficiary("Germaine", "Vidal", false, null, 1937, "69200", null, "04 78 70 12 34", null,
							Set.of("fr"), null, Set.of(), null, false, null),
					true, ActionDetails.parse("PHONE_CALL", "WITHIN_7", null, "MORNING", null, null,
							"Sortie d’hôpital la semaine dernière, vit seule.", null),
					care.get().userId());
			return r.getStatus() == ActionStatus.NEW ? 1 : 0;
		}
		catch (MutualAidException e) {
			log.info("Mutual-aid demo: no partner signal ({})", e.messageKey());
			return 0;
		}
	}

	private Optional<Volunteer> volunteer(UUID lyon, String email) {
		return volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, email);
	}

	private Optional<UUID> person(UUID lyon, String name) {
		return people.search(lyon, name.substring(name.indexOf(' ') + 1), 10)
			.stream()
			.filter(p -> name.equals(p.displayName()))
			.map(BeneficiarySummary::id)
			.findFirst();
	}

	private static UUID at(List<UUID> persons, int i) {
		return persons.get(i % persons.size());
	}

	private static void signIn(RelaisPrincipal user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
