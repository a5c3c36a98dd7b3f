package org.relais.territory;

import java.time.Instant;
import java.util.UUID;

/** Someone asked to reset the password of an existing account: the notification module mails the link. */
public record PasswordResetRequested(UUID mailId, UUID userId, String email, String displayName, String language,
		String link, Instant expiresAt) {
}
