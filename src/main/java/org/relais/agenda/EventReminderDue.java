package org.relais.agenda;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An occurrence of an event starts soon (by default within 24 hours): the attendees who are going get a reminder.
 * {@code occurrence} is the occurrence's original wall-clock start (each is reminded once).
 */
public record EventReminderDue(UUID territoryId, UUID eventId, LocalDateTime occurrence, List<UUID> attendeeIds) {

	public EventReminderDue {
		attendeeIds = List.copyOf(attendeeIds);
	}

}
