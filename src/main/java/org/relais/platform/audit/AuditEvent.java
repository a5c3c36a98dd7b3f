package org.relais.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditEntry;

@Entity
@Table(name = "audit_event")
class AuditEvent {

	@Id
	private UUID id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(name = "actor_user_id")
	private UUID actorUserId;

	@Column(name = "actor_email")
	private String actorEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditAction action;

	private String target;

	private String detail;

	@Column(name = "ip_address")
	private String ipAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, UUID territoryId, UUID actorUserId, String actorEmail, AuditAction action,
			String target, String detail, String ipAddress) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.territoryId = territoryId;
		this.actorUserId = actorUserId;
		this.actorEmail = actorEmail;
		this.action = action;
		this.target = truncate(target, 500);
		this.detail = truncate(detail, 2000);
		this.ipAddress = truncate(ipAddress, 64);
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	AuditEntry toEntry() {
		return new AuditEntry(occurredAt, action, actorEmail, target, detail, ipAddress, territoryId);
	}

}
