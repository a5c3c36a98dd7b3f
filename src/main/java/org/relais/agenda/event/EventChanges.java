package org.relais.agenda.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.relais.agenda.Agenda;
import org.relais.agenda.EventChanged;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventRejected;
import org.relais.agenda.Invitees;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the event pages do, each in one transaction over the {@link Agenda} façade: create with files and invitees,
 * change (with the notice to the attendees when their calendars must follow, and the waiting list let in when the
 * capacity grows), cancel the whole event, cancel or move one occurrence. Bad input is an {@link EventRejected}
 * and nothing is written. Permissions are the caller's ({@link EventAccess}).
 */
@Service
@Transactional
public class EventChanges {

	public static final int MAX_REASON = 1000;

	private final Agenda agenda;

	private final EventRsvps rsvps;

	private final EventAttachments attachments;

	private final ApplicationEventPublisher publisher;

	private final EventRepository events;

	private final Clock clock;

	EventChanges(Agenda agenda, EventRsvps rsvps, EventAttachments attachments, EventRepository events,
			ApplicationEventPublisher publisher, Clock clock) {
		this.agenda = agenda;
		this.events = events;
		this.rsvps = rsvps;
		this.attachments = attachments;
		this.publisher = publisher;
		this.clock = clock;
	}

	public UUID create(UUID territoryId, UUID actorUserId, EventDraft draft, Invitees invitees,
			List<EventAttachments.Upload> uploads) {
		UUID id = agenda.create(territoryId, actorUserId, draft);
		if (invitees != null && !invitees.isEmpty()) {
			agenda.invite(territoryId, id, actorUserId, invitees);
		}
		attachments.store(events.findById(id).orElseThrow(), uploads, clock.instant());
		return id;
	}

	public void update(CalendarEvent event, EventDraft draft, List<EventAttachments.Upload> uploads,
			List<UUID> removedAttachments) {
		CalendarEvent locked = rsvps.lock(event.getId());
		if (locked.isCancelled()) {
			throw new EventRejected("title", "agenda.event.error.cancelled");
		}
		int sequence = locked.getSequence();
		Integer capacity = locked.getCapacity();
		agenda.update(locked.getTerritoryId(), locked.getId(), draft);
		if (removedAttachments != null) {
			removedAttachments.forEach(a -> attachments.remove(locked.getId(), a));
		}
		attachments.store(locked, uploads, clock.instant());
		if (!Objects.equals(capacity, locked.getCapacity())) {
			rsvps.promote(locked);
		}
		if (locked.getSequence() != sequence) {
			publisher.publishEvent(new EventChanged(locked.getTerritoryId(), locked.getId(), locked.getSequence(),
					EventChanged.Change.UPDATED, null, null));
		}
	}

	public void cancel(CalendarEvent event, String reason) {
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > MAX_REASON) {
			throw new EventRejected("reason", "agenda.event.error.reasonLength", MAX_REASON);
		}
		CalendarEvent locked = rsvps.lock(event.getId());
		if (locked.isCancelled()) {
			return;
		}
		locked.cancel(clock.instant());
		publisher.publishEvent(new EventChanged(locked.getTerritoryId(), locked.getId(), locked.getSequence(),
				EventChanged.Change.CANCELLED, null, why));
	}

	/**
	 * Cancels one occurrence of a series, or moves it ({@code newStart}, {@code newEnd}, wall-clock times in the
	 * event's zone); {@code originalStart} must be one of the series' starts.
	 */
	public void changeOccurrence(CalendarEvent event, LocalDateTime originalStart, boolean cancel,
			LocalDateTime newStart, LocalDateTime newEnd) {
		CalendarEvent locked = rsvps.lock(event.getId());
		if (locked.isCancelled()) {
			throw new EventRejected("occurrence", "agenda.event.error.cancelled");
		}
		if (locked.recurrence().isEmpty() || originalStart == null
				|| !Occurrences.isOccurrence(locked, originalStart)) {
			throw new EventRejected("occurrence", "agenda.event.error.occurrence");
		}
		if (!cancel) {
			if (newStart == null || newEnd == null) {
				throw new EventRejected("newStart", "agenda.event.error.newTimes");
			}
			if (!newEnd.isAfter(newStart)) {
				throw new EventRejected("newEnd", "agenda.error.end.beforeStart");
			}
			if (java.time.Duration.between(newStart, newEnd).compareTo(EventRules.MAX_LENGTH) > 0) {
				throw new EventRejected("newEnd", "agenda.error.end.tooLong", EventRules.MAX_LENGTH.toDays());
			}
		}
		Instant now = clock.instant();
		locked.changeOccurrence(originalStart, cancel, newStart, newEnd, now);
		publisher.publishEvent(new EventChanged(locked.getTerritoryId(), locked.getId(), locked.getSequence(),
				cancel ? EventChanged.Change.OCCURRENCE_CANCELLED : EventChanged.Change.OCCURRENCE_MOVED,
				originalStart, null));
	}

}
