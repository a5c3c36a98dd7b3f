package org.relais.agenda;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.agenda.event.AttendeeRepository;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventDescriptions;
import org.relais.agenda.event.EventRepository;
import org.relais.agenda.event.Occurrences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notification module reads to write an event's mails (invitation, change and cancellation notices,
 * reminders, waiting-list promotion): the event in words, its {@code .ics}, and its attendees with their address and
 * language.
 */
@Service
@Transactional(readOnly = true)
public class EventNotices {

	/**
	 * An event as a mail tells it. {@code start}/{@code end}: the occurrence asked for, else the next one to come,
	 * else the first. {@code ics}: the invitation ({@code METHOD:REQUEST} with ORGANIZER and ATTENDEE, or
	 * {@code METHOD:CANCEL} once the event is cancelled).
	 */
	public record Notice(UUID eventId, UUID territoryId, String title, ZonedDateTime start, ZonedDateTime end,
			boolean allDay, boolean recurring, String place, String onlineUrl, String organiserName, String pageUrl,
			boolean cancelled, int sequence, String ics) {
	}

	/** An attendee: a user (userId set) or a guest; {@code language} is the one to write to them in. */
	public record Recipient(UUID attendeeId, UUID userId, String email, String name, String language,
			AttendeeResponse response, boolean going, boolean waitlisted) {
	}

	private final EventRepository events;

	private final AttendeeRepository attendees;

	private final EventDescriptions descriptions;

	private final Clock clock;

	EventNotices(EventRepository events, AttendeeRepository attendees, EventDescriptions descriptions, Clock clock) {
		this.events = events;
		this.attendees = attendees;
		this.descriptions = descriptions;
		this.clock = clock;
	}

	public Optional<Notice> notice(UUID eventId, String language, LocalDateTime occurrence) {
		return events.findById(eventId).map(e -> {
			List<Occurrences.Occurrence> all = Occurrences.of(e);
			Occurrences.Occurrence shown = all.stream()
				.filter(o -> occurrence != null && o.originalStart().equals(occurrence))
				.findFirst()
				.or(() -> all.stream().filter(o -> !o.cancelled() && o.end().isAfter(clock.instant())).findFirst())
				.orElse(all.get(0));
			return new Notice(e.getId(), e.getTerritoryId(), e.getTitle(), shown.startLocal().atZone(e.getZone()),
					shown.endLocal().atZone(e.getZone()), e.isAllDay(), e.recurrence().isPresent(),
					descriptions.place(e), e.getOnlineUrl(), descriptions.organiserName(e, language),
					descriptions.pageUrl(e), e.isCancelled(), e.getSequence(),
					descriptions.invitation(e, language, clock.instant()));
		});
	}

	public List<Recipient> recipients(UUID eventId) {
		return events.findById(eventId).map(e -> descriptions.people(e).stream().map(EventNotices::recipient).toList())
			.orElse(List.of());
	}

	public Optional<Recipient> recipient(UUID eventId, UUID attendeeId) {
		Optional<CalendarEvent> event = events.findById(eventId);
		return event.flatMap(e -> attendees.findById(attendeeId)
			.filter(a -> a.getEventId().equals(eventId))
			.flatMap(a -> descriptions.person(a, descriptions.territoryLanguage(e.getTerritoryId())))
			.map(EventNotices::recipient));
	}

	private static Recipient recipient(EventDescriptions.Person p) {
		return new Recipient(p.attendee().getId(), p.attendee().getUserId(), p.email(), p.name(), p.language(),
				p.attendee().getResponse(), p.attendee().isGoing(), p.attendee().isWaitlisted());
	}

}
