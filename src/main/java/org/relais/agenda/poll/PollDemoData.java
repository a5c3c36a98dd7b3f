package org.relais.agenda.poll;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
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
 * The demo poll in progress, in Lyon: "Réunion des partenaires de l’inclusion numérique" organised by the demo
 * partner, three slots in the coming weeks, the demo agent and coordinator and an outside address invited, the
 * agent and the coordinator having answered. Made once (found again by its title and organiser).
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class PollDemoData implements ApplicationRunner {

	static final String TITLE = "Réunion des partenaires de l’inclusion numérique";

	static final String OUTSIDE = "mediation.numerique@example.org";

	private static final Logger log = LoggerFactory.getLogger(PollDemoData.class);

	private final Polls polls;

	private final PollRepository rows;

	private final AccountDirectory accounts;

	private final TerritoryCatalog territories;

	private final Clock clock;

	PollDemoData(Polls polls, PollRepository rows, AccountDirectory accounts, TerritoryCatalog territories,
			Clock clock) {
		this.polls = polls;
		this.rows = rows;
		this.accounts = accounts;
		this.territories = territories;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<RelaisPrincipal> partner = accounts.findByEmail("partner@demo.relais");
		if (partner.isEmpty() || partner.get().currentTerritoryId() == null) {
			return;
		}
		RelaisPrincipal organiser = partner.get();
		UUID territory = organiser.currentTerritoryId();
		if (rows.concerning(territory, organiser.userId()).stream().anyMatch(p -> TITLE.equals(p.getTitle()))) {
			return;
		}
		ZoneId zone = ZoneId.of(territories.find(territory).map(TerritorySummary::timeZone).orElse("Europe/Paris"));
		LocalDate tuesday = LocalDate.now(clock.withZone(zone)).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		List<PollDraft.Slot> slots = List.of(slot(tuesday, 14, zone), slot(tuesday.plusDays(2), 9, zone),
				slot(tuesday.plusWeeks(1), 14, zone));
		PollDraft draft = new PollDraft(TITLE,
				"Faire le point sur les **permanences numériques** du territoire et préparer la semaine de "
						+ "l’accès aux droits en ligne.\n\n- bilan des ateliers\n- calendrier commun\n- matériel à partager",
				"Salle de réunion, 12 rue Sala, 69002 Lyon", null, zone, slots, Set.of(),
				List.of("agent@demo.relais", "coordinator@demo.relais", OUTSIDE));
		List<Polls.Invitee> invitees = polls.invitees(territory, organiser, draft);
		Poll poll = polls.create(territory, organiser, draft, invitees);
		List<UUID> slotIds = poll.getSlots().stream().map(PollSlot::getId).toList();
		for (PollInvitee i : poll.getInvitees()) {
			if ("agent@demo.relais".equals(i.getEmail())) {
				polls.answer(poll.getId(), i.getId(), Map.of(slotIds.get(0), Choice.YES, slotIds.get(1),
						Choice.IF_NEED_BE, slotIds.get(2), Choice.NO), null);
			}
			else if ("coordinator@demo.relais".equals(i.getEmail())) {
				polls.answer(poll.getId(), i.getId(), Map.of(slotIds.get(0), Choice.YES, slotIds.get(1), Choice.YES,
						slotIds.get(2), Choice.IF_NEED_BE), null);
			}
		}
		log.info("Demo poll made in Lyon: {}", TITLE);
	}

	private static PollDraft.Slot slot(LocalDate day, int hour, ZoneId zone) {
		return new PollDraft.Slot(day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant(),
				day.atTime(LocalTime.of(hour + 2, 0)).atZone(zone).toInstant());
	}

}
