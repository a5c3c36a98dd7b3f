package org.relais.territory;

import java.util.UUID;

/** Someone accepted an invitation: the account (new or existing) now holds the invitation's roles. */
public record InvitationAccepted(UUID invitationId, UUID userId, UUID territoryId, String email) {
}
