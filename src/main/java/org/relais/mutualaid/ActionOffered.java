package org.relais.mutualaid;

import java.util.UUID;

/**
 * An action was offered to a volunteer (mail, in-app when they have an account, a text message when they have a
 * phone). The notice carries no place, no notes and no name of the person.
 */
public record ActionOffered(UUID territoryId, UUID requestId, UUID assignmentId, ActionNotice notice,
		VolunteerContact volunteer) {
}
