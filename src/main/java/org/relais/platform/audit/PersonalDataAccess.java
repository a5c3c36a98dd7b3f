package org.relais.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "personal_data_access")
class PersonalDataAccess {

	@Id
	private UUID id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(name = "actor_user_id", nullable = false)
	private UUID actorUserId;

	@Column(name = "actor_email", nullable = false)
	private String actorEmail;

	@Column(name = "subject_type", nullable = false)
	private String subjectType;

	@Column(name = "subject_id", nullable = false)
	private UUID subjectId;

	@Column(nullable = false)
	private String what;

	@Column(name = "ip_address")
	private String ipAddress;

	protected PersonalDataAccess() {
	}

	PersonalDataAccess(Instant occurredAt, UUID territoryId, UUID actorUserId, String actorEmail, String subjectType,
			UUID subjectId, String what, String ipAddress) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.territoryId = territoryId;
		this.actorUserId = actorUserId;
		this.actorEmail = actorEmail;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.what = what;
		this.ipAddress = ipAddress;
	}

	Instant occurredAt() {
		return occurredAt;
	}

	String actorEmail() {
		return actorEmail;
	}

	String subjectType() {
		return subjectType;
	}

	UUID subjectId() {
		return subjectId;
	}

	String what() {
		return what;
	}

	String ipAddress() {
		return ipAddress;
	}

}
