package org.relais.mutualaid;

import java.util.UUID;

/** An offer closed before the volunteer answered (others took the action, the delay passed, it was cancelled). */
public record ActionOfferWithdrawn(UUID territoryId, UUID requestId, UUID assignmentId, String reference,
		VolunteerContact volunteer) {
}
