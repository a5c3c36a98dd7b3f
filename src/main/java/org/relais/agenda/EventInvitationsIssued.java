package org.relais.agenda;

import java.util.List;
import java.util.UUID;

/**
 * People were invited to an event: the notification module mails each of them the invitation with its
 * {@code .ics} ({@code METHOD:REQUEST}). {@code attendeeIds} are the new attendees only.
 */
public record EventInvitationsIssued(UUID territoryId, UUID eventId, List<UUID> attendeeIds, UUID invitedBy) {

	public EventInvitationsIssued {
		attendeeIds = List.copyOf(attendeeIds);
	}

}
