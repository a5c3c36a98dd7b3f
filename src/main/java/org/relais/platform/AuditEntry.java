package org.relais.platform;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log, as read by an administrator. */
public record AuditEntry(Instant occurredAt, AuditAction action, String actorEmail, String target, String detail,
		String ipAddress, UUID territoryId) {
}
