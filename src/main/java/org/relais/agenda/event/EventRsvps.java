package org.relais.agenda.event;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.EventRejected;
import org.relais.agenda.EventWaitlistPromoted;
import org.relais.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers to an event and its waiting list. Every answer locks the event's row first (SELECT … FOR UPDATE), so that
 * two yes at the same instant for the last place are counted one after the other: one gets the place, the other
 * the waiting list. When a going attendee withdraws, or the capacity grows, the first of the waiting list comes
 * in ({@link EventWaitlistPromoted}).
 */
@Service
@Transactional
public class EventRsvps {

	/** What an answer gave. */
	public enum Outcome {

		GOING, WAITLISTED, MAYBE, NO

	}

	private final EntityManager em;

	private final AttendeeRepository attendees;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventRsvps(EntityManager em, AttendeeRepository attendees, ApplicationEventPublisher publisher, Clock clock) {
		this.em = em;
		this.attendees = attendees;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** The event, its row locked until the transaction ends; 404 when unknown. */
	public CalendarEvent lock(UUID eventId) {
		// The row alone (the event's occurrence changes are another table, read after the lock).
		if (em.createNativeQuery("select id from agd_event where id = ? for update")
			.setParameter(1, eventId)
			.getResultList()
			.isEmpty()) {
			throw NotFoundException.of("event", eventId);
		}
		CalendarEvent event = em.find(CalendarEvent.class, eventId);
		em.refresh(event);
		return event;
	}

	/** Records an attendee's answer; a yes beyond the capacity goes on the waiting list. */
	public Outcome answer(UUID eventId, UUID attendeeId, AttendeeResponse response) {
		if (response == null || response == AttendeeResponse.PENDING) {
			throw new EventRejected("response", "agenda.event.error.response");
		}
		CalendarEvent event = lock(eventId);
		if (event.isCancelled()) {
			throw new EventRejected("response", "agenda.event.error.cancelled");
		}
		Attendee attendee = attendees.findById(attendeeId)
			.filter(a -> a.getEventId().equals(eventId))
			.orElseThrow(() -> NotFoundException.of("attendee", attendeeId));
		List<Attendee> all = attendees.findByEventIdOrderByInvitedAtAsc(eventId);
		long othersGoing = all.stream().filter(a -> !a.getId().equals(attendeeId) && a.isGoing()).count();
		boolean wasGoing = attendee.isGoing();
		boolean full = !wasGoing && event.getCapacity() != null && othersGoing >= event.getCapacity();
		attendee.answer(response, full, clock.instant());
		if (wasGoing && !attendee.isGoing()) {
			promote(event, all);
		}
		if (attendee.isGoing()) {
			return Outcome.GOING;
		}
		if (attendee.isWaitlisted()) {
			return Outcome.WAITLISTED;
		}
		return response == AttendeeResponse.MAYBE ? Outcome.MAYBE : Outcome.NO;
	}

	/** Lets the waiting list in while there are places (the caller holds the event's lock). */
	public void promote(CalendarEvent event) {
		promote(event, attendees.findByEventIdOrderByInvitedAtAsc(event.getId()));
	}

	private void promote(CalendarEvent event, List<Attendee> all) {
		if (event.isCancelled()) {
			return;
		}
		long going = all.stream().filter(Attendee::isGoing).count();
		List<Attendee> waiting = all.stream()
			.filter(Attendee::isWaitlisted)
			.sorted(Comparator.comparing(Attendee::getWaitlistedAt).thenComparing(Attendee::getInvitedAt))
			.toList();
		for (Attendee next : waiting) {
			if (event.getCapacity() != null && going >= event.getCapacity()) {
				break;
			}
			next.promote();
			going++;
			publisher.publishEvent(
					new EventWaitlistPromoted(UUID.randomUUID(), event.getTerritoryId(), event.getId(), next.getId()));
		}
	}

	/** The waiting list in order (position 1 first). */
	@Transactional(readOnly = true)
	public List<Attendee> waitingList(UUID eventId) {
		return attendees.findByEventIdOrderByInvitedAtAsc(eventId)
			.stream()
			.filter(Attendee::isWaitlisted)
			.sorted(Comparator.comparing(Attendee::getWaitlistedAt).thenComparing(Attendee::getInvitedAt))
			.toList();
	}

}
