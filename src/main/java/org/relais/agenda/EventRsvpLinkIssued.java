package org.relais.agenda;

import java.util.UUID;

/**
 * An invitee's personal answer link was made (with the invitation): the notification module mails the invitation
 * with its {@code .ics} ({@code METHOD:REQUEST}) and this link to the attendee. The raw link travels only here
 * (the agenda keeps its SHA-256); {@code mailId} is unique per attendee and invitation (a replay sends nothing).
 */
public record EventRsvpLinkIssued(UUID mailId, UUID territoryId, UUID eventId, UUID attendeeId, String rsvpLink) {
}
