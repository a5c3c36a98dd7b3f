package org.relais.agenda.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.relais.agenda.EventReminderDue;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the attendees who are going of each occurrence that starts within {@code relais.agenda.reminder-hours}
 * (24 by default), once per occurrence: an attendee's {@code reminded_sequence} holds the number (1, 2, …) of the
 * last occurrence of the series they were reminded of. Runs every quarter of an hour
 * ({@code relais.agenda.reminder-cron}).
 */
@Component
public class EventReminders {

	private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

	private final EventRepository events;

	private final AttendeeRepository attendees;

	private final TerritoryCatalog territories;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final Duration ahead;

	EventReminders(EventRepository events, AttendeeRepository attendees, TerritoryCatalog territories,
			ApplicationEventPublisher publisher, Clock clock,
			@Value("${relais.agenda.reminder-hours:24}") int hours) {
		this.events = events;
		this.attendees = attendees;
		this.territories = territories;
		this.publisher = publisher;
		this.clock = clock;
		this.ahead = Duration.ofHours(Math.max(1, hours));
	}

	@Scheduled(cron = "${relais.agenda.reminder-cron:0 */15 * * * *}")
	void scheduled() {
		remind(clock.instant());
	}

	/** Publishes the reminders due at {@code now}; returns how many attendees were reminded. */
	@Transactional
	public int remind(Instant now) {
		Instant until = now.plus(ahead);
		int reminded = 0;
		for (TerritorySummary territory : territories.all()) {
			for (CalendarEvent event : events.touching(territory.id(), now, until)) {
				if (!event.isCancelled()) {
					reminded += remind(event, now, until);
				}
			}
		}
		if (reminded > 0) {
			log.info("Agenda reminders: {} attendee(s) reminded", reminded);
		}
		return reminded;
	}

	private int remind(CalendarEvent event, Instant now, Instant until) {
		List<Occurrences.Occurrence> all = Occurrences.of(event);
		int reminded = 0;
		for (int i = 0; i < all.size(); i++) {
			Occurrences.Occurrence o = all.get(i);
			if (o.cancelled() || !o.start().isAfter(now) || o.start().isAfter(until)) {
				continue;
			}
			int number = i + 1;
			List<UUID> due = new ArrayList<>();
			for (Attendee a : attendees.findByEventIdOrderByInvitedAtAsc(event.getId())) {
				if (a.isGoing() && (a.getRemindedSequence() == null || a.getRemindedSequence() < number)) {
					a.remindedAt(number);
					due.add(a.getId());
				}
			}
			if (!due.isEmpty()) {
				publisher.publishEvent(
						new EventReminderDue(event.getTerritoryId(), event.getId(), o.originalStart(), due));
				reminded += due.size();
			}
		}
		return reminded;
	}

}
