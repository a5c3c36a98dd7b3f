package org.relais.agenda;

import java.util.UUID;

/**
 * A place freed up: the first attendee of the waiting list is now going, and is told so. {@code noticeId} is
 * unique per promotion (a replay tells nothing twice).
 */
public record EventWaitlistPromoted(UUID noticeId, UUID territoryId, UUID eventId, UUID attendeeId) {
}
