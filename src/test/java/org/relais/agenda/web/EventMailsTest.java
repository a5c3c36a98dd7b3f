package org.relais.agenda.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.agenda.Agenda;
import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventReminderDue;
import org.relais.agenda.EventRsvpLinkIssued;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Invitees;
import org.relais.agenda.Recurrence;
import org.relais.agenda.event.EventReminders;
import org.relais.agenda.event.EventRsvps;
import org.relais.referral.ReferralFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mails of events through a real SMTP server (GreenMail), their {@code .ics} read back by an independent parser
 * (biweekly): the invitation (REQUEST with UID, SEQUENCE, ORGANIZER and ATTENDEE, and the personal link), the
 * change and cancellation notices, the reminder sent once, and the in-app notifications of users. Also the last
 * place asked for by two people at the same instant.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class EventMailsTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Agenda agenda;

	@Autowired
	EventRsvps rsvps;

	@Autowired
	EventReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents published;

	ReferralFixtures.World w;

	@BeforeEach
	void world() {
		w = new ReferralFixtures(context).world();
	}

	private UUID event(String title, LocalDateTime start, Integer capacity, Recurrence recurrence) {
		return agenda.create(w.territory(), w.agent().userId(), new EventDraft(title, "Ordre du jour", start,
				start.plusHours(2), false, null, null, "1 place Bellecour, Lyon", null, null,
				EventCategory.PARTNER_MEETING, EventVisibility.INVITEES, capacity, recurrence));
	}

	@Test
	void theInvitationCarriesTheIcsAndThePersonalLinkAndTheNoticesFollow() throws Exception {
		String title = ReferralFixtures.unique("Comité");
		String guest = ReferralFixtures.unique("guest").toLowerCase() + "@example.org";
		UUID id = event(title, LocalDateTime.of(2027, 3, 2, 14, 0), null, Recurrence.weekly(1, null, 3));
		agenda.invite(w.territory(), id, w.agent().userId(),
				new Invitees(Set.of(), Set.of(w.partner().userId()), Set.of(guest)));

		// the guest's invitation, in the territory's language, with the link and the .ics
		MimeMessage invitation = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(guest, title), m -> m != null);
		assertThat(invitation.getSubject()).isEqualTo("Invitation : " + title);
		String text = text(invitation);
		String link = published.stream(EventRsvpLinkIssued.class)
			.filter(e -> e.eventId().equals(id))
			.map(EventRsvpLinkIssued::rsvpLink)
			.filter(text::contains)
			.findFirst()
			.orElseThrow();
		assertThat(link).contains("/e/");
		assertThat(jdbc.queryForObject("select count(*) from agd_attendee where rsvp_token_hash = ?", Integer.class,
				link.substring(link.indexOf("/e/") + 3))).as("only the hash is stored").isZero();
		ICalendar ics = calendar(invitation);
		assertThat(ics.getMethod().getValue()).isEqualTo("REQUEST");
		VEvent vevent = ics.getEvents().get(0);
		assertThat(vevent.getUid().getValue()).isEqualTo(id + "@relais");
		assertThat(vevent.getSequence().getValue()).isZero();
		assertThat(vevent.getOrganizer()).isNotNull();
		assertThat(vevent.getAttendees()).extracting(a -> a.getEmail()).contains(guest);
		assertThat(vevent.getRecurrenceRule()).isNotNull();

		// the partner's, in German (the fixture partner's language), and the inbox line
		MimeMessage german = await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo(w.partner().email(), title), m -> m != null);
		assertThat(german.getSubject()).isEqualTo("Einladung: " + title);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.queryForList(
					"select message_key from notification where user_id = ? and link = ?", String.class,
					w.partner().userId(), "/agenda/events/" + id))
				.contains("notification.event.invited"));

		// one occurrence cancelled: a REQUEST of the series with the higher sequence and the EXDATE
		mvc.perform(post("/agenda/events/{id}/occurrences", id).param("originalStart", "2027-03-09T14:00")
			.param("action", "CANCEL")
			.with(user(w.agent()))
			.with(csrf()));
		MimeMessage change = await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo(guest, "Modifié : " + title), m -> m != null);
		ICalendar changed = calendar(change);
		assertThat(changed.getMethod().getValue()).isEqualTo("REQUEST");
		assertThat(changed.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
		assertThat(changed.getEvents().get(0).getExceptionDates()).hasSize(1);

		// the whole event cancelled: METHOD:CANCEL, a higher sequence again, and the reason
		mvc.perform(post("/agenda/events/{id}/cancel", id).param("reason", "Salle indisponible")
			.with(user(w.agent()))
			.with(csrf()));
		MimeMessage cancel = await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo(guest, "Annulé : " + title), m -> m != null);
		assertThat(text(cancel)).contains("Salle indisponible");
		ICalendar cancelled = calendar(cancel);
		assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
		assertThat(cancelled.getEvents().get(0).getUid().getValue()).isEqualTo(id + "@relais");
		assertThat(cancelled.getEvents().get(0).getSequence().getValue()).isEqualTo(2);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.queryForList(
					"select message_key from notification where user_id = ? and link = ?", String.class,
					w.partner().userId(), "/agenda/events/" + id))
				.contains("notification.event.changed.CANCELLED"));
	}

	@Test
	void theReminderOfAnOccurrenceIsSentOnceToThoseWhoAreGoing() throws Exception {
		String title = ReferralFixtures.unique("Formation");
		String going = ReferralFixtures.unique("going").toLowerCase() + "@example.org";
		String notGoing = ReferralFixtures.unique("declined").toLowerCase() + "@example.org";
		// Tuesdays 10:00 in Paris from 4 May 2027, twice
		UUID id = event(title, LocalDateTime.of(2027, 5, 4, 10, 0), null, Recurrence.weekly(1, null, 2));
		List<UUID> added = agenda.invite(w.territory(), id, w.agent().userId(),
				new Invitees(Set.of(), Set.of(), Set.of(going, notGoing)));
		UUID goingId = attendee(id, going);
		rsvps.answer(id, goingId, AttendeeResponse.YES);
		rsvps.answer(id, attendee(id, notGoing), AttendeeResponse.NO);
		assertThat(added).hasSize(2);

		Instant dayBefore = Instant.parse("2027-05-03T09:00:00Z");
		reminders.remind(dayBefore);
		reminders.remind(dayBefore.plus(Duration.ofHours(1)));
		assertThat(reminded(id)).containsExactly(List.of(goingId));
		MimeMessage reminder = await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo(going, "Rappel : " + title), m -> m != null);
		assertThat(text(reminder)).contains("mardi 4 mai 2027");
		// the second occurrence, a week later, once too
		reminders.remind(Instant.parse("2027-05-10T09:00:00Z"));
		reminders.remind(Instant.parse("2027-05-10T10:00:00Z"));
		assertThat(reminded(id)).hasSize(2);
		Thread.sleep(1000);
		assertThat(mails(notGoing, "Rappel")).isEmpty();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mails(going, "Rappel")).hasSize(2));
	}

	@Test
	void twoYesAtTheSameInstantForTheLastPlaceGiveOnePlaceAndOneWaitingList() throws Exception {
		UUID id = event(ReferralFixtures.unique("Atelier"), LocalDateTime.of(2027, 9, 7, 14, 0), 1, null);
		agenda.invite(w.territory(), id, w.agent().userId(),
				new Invitees(Set.of(), Set.of(), Set.of("first@example.org", "second@example.org")));
		UUID first = attendee(id, "first@example.org");
		UUID second = attendee(id, "second@example.org");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<EventRsvps.Outcome>> outcomes = new ArrayList<>();
			for (UUID a : List.of(first, second)) {
				Callable<EventRsvps.Outcome> answer = () -> {
					start.await();
					return rsvps.answer(id, a, AttendeeResponse.YES);
				};
				outcomes.add(pool.submit(answer));
			}
			start.countDown();
			List<EventRsvps.Outcome> got = new ArrayList<>();
			for (Future<EventRsvps.Outcome> f : outcomes) {
				got.add(f.get());
			}
			assertThat(got).containsExactlyInAnyOrder(EventRsvps.Outcome.GOING, EventRsvps.Outcome.WAITLISTED);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from agd_attendee where event_id = ? and response = 'YES' and waitlisted_at is null",
				Integer.class, id)).isEqualTo(1);
	}

	private UUID attendee(UUID event, String email) {
		return jdbc.queryForObject("select id from agd_attendee where event_id = ? and email = ?", UUID.class, event,
				email);
	}

	private List<List<UUID>> reminded(UUID event) {
		return published.stream(EventReminderDue.class)
			.filter(e -> e.eventId().equals(event))
			.map(EventReminderDue::attendeeIds)
			.toList();
	}

	private MimeMessage mailTo(String email, String subjectPart) {
		return MailParts.mailTo(smtp, email, subjectPart);
	}

	private static List<MimeMessage> mails(String email, String subjectPart) {
		return MailParts.mails(smtp, email, subjectPart);
	}

	private static String text(Part part) throws Exception {
		return MailParts.text(part);
	}

	/** The iCalendar attachment of a mail (file invitation.ics or cancel.ics), parsed by biweekly. */
	private static ICalendar calendar(Part part) {
		List<String> found = MailParts.calendars(part);
		assertThat(found).as("a text/calendar attachment").isNotEmpty();
		ICalendar parsed = Biweekly.parse(found.get(found.size() - 1)).first();
		assertThat(parsed).isNotNull();
		return parsed;
	}

}
