package org.relais.agenda.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.agenda.Agenda;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Invitees;
import org.relais.agenda.Recurrence;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventRepository;
import org.relais.directory.DirectoryCatalog;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo events of the shared agenda, made through the {@link Agenda} façade: in Lyon a monthly partner meeting (the
 * demo partner's organisation invited), a training, a joint action organised by the demo partner, two public events
 * and a volunteer meeting; in Zürich a public event and a monthly "Vernetzungstreffen". Dates are relative to
 * today, so the agenda is never empty. Each is found again by its title: a restart adds nothing, and an event whose
 * last occurrence has passed is moved to new dates.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class AgendaEventsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AgendaEventsDemoData.class);

	/** A demo event: its draft from today, whether the demo partner's organisation organises it or is invited. */
	private record Demo(EventDraft draft, boolean partnerOrganises, boolean invitePartner, Integer cancelOccurrence) {
	}

	private final Agenda agenda;

	private final EventRepository events;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final AccountDirectory accounts;

	private final TransactionTemplate tx;

	private final Clock clock;

	AgendaEventsDemoData(Agenda agenda, EventRepository events, DirectoryCatalog directory,
			TerritoryCatalog territories, AccountDirectory accounts, TransactionTemplate tx, Clock clock) {
		this.agenda = agenda;
		this.events = events;
		this.directory = directory;
		this.territories = territories;
		this.accounts = accounts;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int made = territory("agent@demo.relais", "partner@demo.relais", this::lyon)
				+ territory("agent@ch.demo.relais", null, this::zurich);
		if (made > 0) {
			log.info("Demo agenda events: {} made or moved", made);
		}
	}

	private int territory(String agentEmail, String partnerEmail, java.util.function.Function<LocalDate, List<Demo>> plan) {
		Optional<RelaisPrincipal> agent = accounts.findByEmail(agentEmail);
		if (agent.isEmpty() || agent.get().currentTerritoryId() == null) {
			return 0;
		}
		UUID territoryId = agent.get().currentTerritoryId();
		ZoneId zone = ZoneId.of(territories.find(territoryId).orElseThrow().timeZone());
		LocalDate today = LocalDate.now(clock.withZone(zone));
		UUID partnerOrg = partnerEmail == null ? null
				: accounts.findByEmail(partnerEmail)
					.flatMap(p -> directory.memberOrganisations(p.userId()).stream().findFirst())
					.filter(org -> directory.organisation(territoryId, org, "fr").isPresent())
					.orElse(null);
		int made = 0;
		for (Demo demo : plan.apply(today)) {
			if ((demo.partnerOrganises() || demo.invitePartner()) && partnerOrg == null) {
				continue;
			}
			EventDraft d = demo.draft();
			EventDraft draft = demo.partnerOrganises() ? withOrganiser(d, partnerOrg) : d;
			Optional<CalendarEvent> existing = events.findAll()
				.stream()
				.filter(e -> e.getTerritoryId().equals(territoryId) && e.getTitle().equals(draft.title()))
				.findFirst();
			if (existing.isPresent()) {
				if (existing.get().getLastEnd().isBefore(clock.instant()) && !existing.get().isCancelled()) {
					agenda.update(territoryId, existing.get().getId(), draft);
					made++;
				}
				continue;
			}
			UUID id = agenda.create(territoryId, agent.get().userId(), draft);
			if (demo.invitePartner()) {
				agenda.invite(territoryId, id, agent.get().userId(), new Invitees(Set.of(partnerOrg), Set.of(), Set.of()));
			}
			if (demo.cancelOccurrence() != null) {
				int k = demo.cancelOccurrence();
				tx.executeWithoutResult(s -> {
					CalendarEvent e = events.findById(id).orElseThrow();
					LocalDateTime original = org.relais.agenda.event.Occurrences.of(e).get(k).originalStart();
					e.changeOccurrence(original, true, null, null, clock.instant());
				});
			}
			made++;
		}
		return made;
	}

	private List<Demo> lyon(LocalDate today) {
		LocalDate monthly = today.withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
		LocalDate workshop = today.plusDays(2);
		return List.of(
				new Demo(draft("Réunion mensuelle des partenaires",
						"Ordre du jour : tour de table des structures, **situations complexes**, actualités du territoire.",
						at(monthly, 14, 0), at(monthly, 16, 0), null, "20 rue du Lac, 69003 Lyon", null,
						EventCategory.PARTNER_MEETING, EventVisibility.PARTNERS, null, Recurrence.monthly(1, null, 12)),
						false, true, null),
				new Demo(draft("Formation : accueillir les personnes éloignées du numérique",
						"Une matinée pour repérer les difficultés avec le numérique et orienter vers le bon accompagnement.",
						at(today.plusDays(9), 9, 30), at(today.plusDays(9), 12, 30), null, null,
						"https://visio.example.org/formation-numerique", EventCategory.TRAINING,
						EventVisibility.PARTNERS, 20, null), false, false, null),
				new Demo(draft("Distribution solidaire commune", "Action commune avec les épiceries solidaires du quartier.",
						at(today.plusDays(4), 17, 0), at(today.plusDays(4), 20, 0), null, "Place Guichard, 69003 Lyon",
						null, EventCategory.JOINT_ACTION, EventVisibility.PARTNERS, null, null), true, false, null),
				new Demo(draft("Forum de l’inclusion numérique",
						"Stands, ateliers et conseils gratuits pour **se sentir à l’aise avec le numérique** : démarches en ligne, "
								+ "smartphone, sécurité.\n\nEntrée libre, sans inscription.",
						at(today.plusDays(16), 10, 0), at(today.plusDays(16), 17, 0), null,
						"Hôtel de la Métropole, 20 rue du Lac, 69003 Lyon", null, EventCategory.PUBLIC_EVENT,
						EventVisibility.PUBLIC, null, null), false, false, null),
				new Demo(draft("Atelier : premiers pas sur smartphone",
						"Un atelier en petit groupe à l’espace numérique : envoyer un message, prendre une photo, "
								+ "installer une application.\n\n- apportez votre téléphone\n- gratuit",
						at(workshop, 14, 0), at(workshop, 16, 0), null, "Espace numérique, 12 rue Paul Bert, 69003 Lyon",
						null, EventCategory.PUBLIC_EVENT, EventVisibility.PUBLIC, 12, Recurrence.weekly(1, null, 6)),
						true, false, 2),
				new Demo(draft("Réunion des bénévoles",
						"Accueil des nouveaux bénévoles et planning des permanences du mois.",
						at(today.plusDays(6), 18, 30), at(today.plusDays(6), 20, 0), null,
						"Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon", null,
						EventCategory.VOLUNTEER_MEETING, EventVisibility.PARTNERS, null, null), false, false, null));
	}

	private List<Demo> zurich(LocalDate today) {
		LocalDate monthly = today.withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(1, DayOfWeek.THURSDAY));
		return List.of(
				new Demo(draft("Vernetzungstreffen", "Austausch der Fachstellen: Neuigkeiten, offene Fälle, Termine.",
						at(monthly, 9, 0), at(monthly, 11, 0), null, "Stauffacherstrasse 45, 8004 Zürich", null,
						EventCategory.PARTNER_MEETING, EventVisibility.PARTNERS, null, Recurrence.monthly(1, null, 12)),
						false, false, null),
				new Demo(draft("Digitaltag: Hilfe am Handy",
						"Freiwillige helfen bei Fragen rund um Handy, E-Banking und Online-Formulare. **Gratis**, ohne Anmeldung.",
						at(today.plusDays(11), 13, 0), at(today.plusDays(11), 17, 0), null,
						"Quartierzentrum Aussersihl, Hohlstrasse 67, 8004 Zürich", null, EventCategory.PUBLIC_EVENT,
						EventVisibility.PUBLIC, null, null), false, false, null));
	}

	private static LocalDateTime at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute));
	}

	private static EventDraft draft(String title, String description, LocalDateTime start, LocalDateTime end,
			UUID location, String address, String online, EventCategory category, EventVisibility visibility,
			Integer capacity, Recurrence recurrence) {
		return new EventDraft(title, description, start, end, false, null, location, address, online, null, category,
				visibility, capacity, recurrence);
	}

	private static EventDraft withOrganiser(EventDraft d, UUID organisation) {
		return new EventDraft(d.title(), d.description(), d.start(), d.end(), d.allDay(), d.timeZone(), d.locationId(),
				d.address(), d.onlineUrl(), organisation, d.category(), d.visibility(), d.capacity(), d.recurrence());
	}

}
