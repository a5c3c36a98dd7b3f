package org.relais.agenda;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An event changed in a way its attendees' calendars must take over: its times or place ({@link Change#UPDATED}),
 * one occurrence cancelled or moved ({@code occurrence}: its original wall-clock start), or the whole event
 * cancelled ({@code reason} as the editor wrote it, may be null). {@code sequence} is the event's new iCalendar
 * SEQUENCE: the notices carry it, and it makes each notice unique.
 */
public record EventChanged(UUID territoryId, UUID eventId, int sequence, Change change, LocalDateTime occurrence,
		String reason) {

	public enum Change {

		UPDATED, OCCURRENCE_CANCELLED, OCCURRENCE_MOVED, CANCELLED

	}

}
