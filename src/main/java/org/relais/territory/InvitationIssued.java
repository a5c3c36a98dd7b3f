package org.relais.territory;

import java.time.Instant;
import java.util.UUID;

/**
 * A territory admin invited someone: the notification module mails the link.
 *
 * @param mailId identifies the mail, so that it is sent once even if the event is replayed
 */
public record InvitationIssued(UUID mailId, UUID invitationId, String email, String displayName, String language,
		String territoryName, String invitedBy, String link, Instant expiresAt) {
}
