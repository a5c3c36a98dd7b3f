package org.relais.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventRepository;
import org.relais.agenda.event.Occurrences;
import org.relais.agenda.ics.IcsWriter;
import org.relais.platform.AccountDirectory;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agenda's core on the real database: the checks of a draft (nothing written on bad input), recurrences across
 * daylight-saving changes, and the iCalendar written for them read back by an independent parser (biweekly), whose
 * expansion of the RRULE/EXDATE must give exactly the occurrences the pages show.
 */
@SpringBootTest
@RecordApplicationEvents
class AgendaCoreTest {

	@Autowired
	Agenda agenda;

	@Autowired
	EventRepository events;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEvents published;

	UUID lyon;

	UUID zurich;

	UUID agent;

	@BeforeEach
	void ids() {
		lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		agent = accounts.findByEmail("agent@demo.relais").orElseThrow().userId();
	}

	static EventDraft draft(String title, LocalDateTime start, LocalDateTime end, Recurrence r) {
		return new EventDraft(title, "Ordre du jour : **bilan**", start, end, false, null, null, "1 place Bellecour",
				null, null, EventCategory.PARTNER_MEETING, EventVisibility.PARTNERS, null, r);
	}

	@Test
	void badDraftsAreRefusedWithTheirFieldAndNothingIsWritten() {
		int before = jdbc.queryForObject("select count(*) from agd_event", Integer.class);
		LocalDateTime start = LocalDateTime.of(2027, 3, 2, 14, 0);
		record Case(EventDraft draft, String field, String key) {
		}
		List<Case> cases = List.of(
				new Case(draft(" ", start, start.plusHours(1), null), "title", "agenda.error.title.required"),
				new Case(draft("Réunion", start, start.minusHours(1), null), "end", "agenda.error.end.beforeStart"),
				new Case(draft("Réunion", start, start, null), "end", "agenda.error.end.beforeStart"),
				new Case(draft("Réunion", start, start.plusHours(1), Recurrence.weekly(1, null, null)), "recurrence",
						"agenda.error.recurrence.endless"),
				new Case(draft("Réunion", start, start.plusHours(1), Recurrence.weekly(1, null, 500)), "recurrence",
						"agenda.error.recurrence.count"),
				new Case(draft("Réunion", start, start.plusHours(1), Recurrence.weekly(1, LocalDate.of(2035, 1, 1), null)),
						"recurrence", "agenda.error.recurrence.tooFar"),
				new Case(draft("Réunion", start, start.plusDays(8), Recurrence.weekly(1, null, 3)), "end",
						"agenda.error.end.overlapsNext"),
				new Case(new EventDraft("Réunion", null, start, start.plusHours(1), false, null, null, null,
						"javascript:alert(1)", null, EventCategory.TRAINING, EventVisibility.PUBLIC, null, null),
						"onlineUrl", "agenda.error.onlineUrl.invalid"),
				new Case(new EventDraft("Réunion", null, start, start.plusHours(1), false, null, UUID.randomUUID(), null,
						null, null, EventCategory.TRAINING, EventVisibility.PUBLIC, null, null), "locationId",
						"agenda.error.location.unknown"),
				new Case(new EventDraft("Réunion", null, start, start.plusHours(1), false, "Mars/Olympus", null, null,
						null, null, EventCategory.TRAINING, EventVisibility.PUBLIC, 0, null), "timeZone",
						"agenda.error.timeZone.unknown"));
		for (Case c : cases) {
			assertThatThrownBy(() -> agenda.create(lyon, agent, c.draft())).isInstanceOfSatisfying(EventRejected.class,
					ex -> {
						assertThat(ex.field()).as(c.key()).isEqualTo(c.field());
						assertThat(ex.messageKey()).isEqualTo(c.key());
					});
		}
		assertThat(jdbc.queryForObject("select count(*) from agd_event", Integer.class)).isEqualTo(before);
	}

	@Test
	void aWeeklyMeetingStaysAtTwoPmAcrossTheEndOfSummerTimeAndTheFeedSaysTheSame() throws Exception {
		// Tuesdays 14:00-16:00 from 13 October 2026, 5 times: summer time ends on 25 October in Paris.
		UUID id = agenda.create(lyon, agent, draft("Comité des partenaires", LocalDateTime.of(2026, 10, 13, 14, 0),
				LocalDateTime.of(2026, 10, 13, 16, 0), Recurrence.weekly(1, null, 5)));
		CalendarEvent event = tx.execute(s -> {
			CalendarEvent e = events.findById(id).orElseThrow();
			// one occurrence cancelled, one moved to Wednesday
			e.changeOccurrence(LocalDateTime.of(2026, 10, 20, 14, 0), true, null, null, Instant.now());
			e.changeOccurrence(LocalDateTime.of(2026, 11, 3, 14, 0), false, LocalDateTime.of(2026, 11, 4, 9, 0),
					LocalDateTime.of(2026, 11, 4, 11, 0), Instant.now());
			return e;
		});
		List<Occurrences.Occurrence> ours = Occurrences.of(event);
		assertThat(ours).hasSize(5);
		ZoneId paris = ZoneId.of("Europe/Paris");
		assertThat(ours.stream().filter(o -> !o.moved()).map(o -> o.start().atZone(paris).getHour()))
			.containsOnly(14);
		assertThat(ours.get(0).start()).isEqualTo(Instant.parse("2026-10-13T12:00:00Z"));
		assertThat(ours.get(2).start()).isEqualTo(Instant.parse("2026-10-27T13:00:00Z"));

		String ics = IcsWriter.write(IcsWriter.Method.FEED, "Relais", List.of(new IcsWriter.Entry(event,
				"1 place Bellecour", "Métropole de Lyon", "https://relais.example/agenda/events/" + id, List.of())),
				"no-reply@relais.example", Instant.now());
		assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Paris", "UID:" + id + "@relais", "SEQUENCE:2",
				"RRULE:FREQ=WEEKLY;COUNT=5;INTERVAL=1;BYDAY=TU", "EXDATE;TZID=Europe/Paris:20261020T140000",
				"RECURRENCE-ID;TZID=Europe/Paris:20261103T140000");

		ICalendar parsed = Biweekly.parse(ics).first();
		assertThat(parsed).isNotNull();
		assertThat(parsed.validate(biweekly.ICalVersion.V2_0).getWarnings())
			.as("RFC 5545 validation by biweekly")
			.isEmpty();
		List<VEvent> vevents = parsed.getEvents();
		assertThat(vevents).hasSize(2);
		VEvent master = vevents.stream().filter(v -> v.getRecurrenceId() == null).findFirst().orElseThrow();
		List<Instant> theirs = new ArrayList<>();
		DateIterator it = master.getDateIterator(TimeZone.getTimeZone("Europe/Paris"));
		while (it.hasNext()) {
			Date d = it.next();
			theirs.add(d.toInstant());
		}
		List<Instant> expectedOriginals = ours.stream()
			.filter(o -> !o.cancelled())
			.map(o -> o.originalStart().atZone(paris).toInstant())
			.toList();
		assertThat(theirs).containsExactlyElementsOf(expectedOriginals);
		VEvent moved = vevents.stream().filter(v -> v.getRecurrenceId() != null).findFirst().orElseThrow();
		assertThat(moved.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-04T08:00:00Z"));
	}

	@Test
	void aMonthlyMeetingOnTheSecondTuesdayInZurichAgreesWithTheParser() throws Exception {
		// 2nd Tuesday of the month, 18:30 in Zürich, from March 2027 (summer time starts on 28 March) until July.
		UUID admin = accounts.findByEmail("agent@ch.demo.relais").orElseThrow().userId();
		UUID id = agenda.create(zurich, admin, new EventDraft("Vernetzungstreffen", null,
				LocalDateTime.of(2027, 3, 9, 18, 30), LocalDateTime.of(2027, 3, 9, 20, 0), false, null, null, null,
				"https://meet.example.ch/relais", null, EventCategory.JOINT_ACTION, EventVisibility.PUBLIC, 30,
				Recurrence.monthly(1, LocalDate.of(2027, 7, 31), null)));
		CalendarEvent event = events.findById(id).orElseThrow();
		assertThat(event.getTimeZone()).isEqualTo("Europe/Zurich");
		List<Occurrences.Occurrence> ours = Occurrences.of(event);
		assertThat(ours.stream().map(o -> o.startLocal().toLocalDate()))
			.containsExactly(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 4, 13), LocalDate.of(2027, 5, 11),
					LocalDate.of(2027, 6, 8), LocalDate.of(2027, 7, 13));
		String ics = IcsWriter.write(IcsWriter.Method.REQUEST, null,
				List.of(new IcsWriter.Entry(event, null, "Kanton Zürich", null,
						List.of(new IcsWriter.Guest("ana@example.ch", "Ana", AttendeeResponse.PENDING)))),
				"no-reply@relais.example", Instant.now());
		assertThat(ics).contains("METHOD:REQUEST", "ORGANIZER;CN=\"Kanton Zürich\":mailto:no-reply@relais.example",
				"PARTSTAT=NEEDS-ACTION", "BYDAY=2TU");
		VEvent master = Biweekly.parse(ics).first().getEvents().get(0);
		List<Instant> theirs = new ArrayList<>();
		DateIterator it = master.getDateIterator(TimeZone.getTimeZone("Europe/Zurich"));
		while (it.hasNext()) {
			theirs.add(it.next().toInstant());
		}
		assertThat(theirs).containsExactlyElementsOf(ours.stream().map(Occurrences.Occurrence::start).toList());
		assertThat(theirs.get(0)).isEqualTo(Instant.parse("2027-03-09T17:30:00Z"));
		assertThat(theirs.get(1)).isEqualTo(Instant.parse("2027-04-13T16:30:00Z"));
	}

	@Test
	void invitationsResolveOrganisationsUsersAndAddressesOnceAndRefuseStrangers() {
		UUID id = agenda.create(lyon, agent, draft("Groupe de travail", LocalDateTime.of(2027, 1, 12, 10, 0),
				LocalDateTime.of(2027, 1, 12, 12, 0), null));
		UUID partner = accounts.findByEmail("partner@demo.relais").orElseThrow().userId();
		UUID swiss = accounts.findByEmail("agent@ch.demo.relais").orElseThrow().userId();
		assertThatThrownBy(() -> agenda.invite(lyon, id, agent, new Invitees(Set.of(), Set.of(swiss), Set.of())))
			.isInstanceOfSatisfying(EventRejected.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("agenda.error.invitees.user"));
		assertThatThrownBy(() -> agenda.invite(lyon, id, agent,
				new Invitees(Set.of(), Set.of(partner), Set.of("not-an-address")))).isInstanceOf(EventRejected.class);
		assertThat(jdbc.queryForObject("select count(*) from agd_attendee where event_id = ?", Integer.class, id))
			.isZero();
		List<UUID> added = agenda.invite(lyon, id, agent,
				new Invitees(Set.of(), Set.of(partner), Set.of("Partner@Demo.Relais", "guest@example.org")));
		assertThat(added).hasSize(2);
		assertThat(agenda.invite(lyon, id, agent, new Invitees(Set.of(), Set.of(partner), Set.of("guest@example.org"))))
			.isEmpty();
		assertThat(published.stream(EventInvitationsIssued.class).filter(e -> e.eventId().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.attendeeIds()).containsExactlyInAnyOrderElementsOf(added));
	}

	@Autowired
	org.relais.agenda.event.AgendaRetention retention;

	@Test
	void eventsAreDeletedWithTheirAttendeesAYearAfterTheirLastOccurrence() {
		UUID id = agenda.create(lyon, agent, draft("Ancienne réunion", LocalDateTime.of(2027, 2, 2, 10, 0),
				LocalDateTime.of(2027, 2, 2, 12, 0), Recurrence.weekly(2, null, 3)));
		agenda.invite(lyon, id, agent, new Invitees(Set.of(), Set.of(), Set.of("old-guest@example.org")));
		// last occurrence: 2 March 2027, 12:00 in Lyon
		retention.purge(Instant.parse("2028-03-01T00:00:00Z"));
		assertThat(events.findById(id)).isPresent();
		retention.purge(Instant.parse("2028-03-03T00:00:00Z"));
		assertThat(events.findById(id)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from agd_attendee where event_id = ?", Integer.class, id))
			.isZero();
	}

}
