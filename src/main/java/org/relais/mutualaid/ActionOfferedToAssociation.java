package org.relais.mutualaid;

import java.util.UUID;

/**
 * An action was offered to an association answering that type: its members hear of it and the association answers
 * by assigning one of its members who is a volunteer ready for the action.
 */
public record ActionOfferedToAssociation(UUID territoryId, UUID requestId, UUID organisationId, int round,
		ActionNotice notice) {
}
