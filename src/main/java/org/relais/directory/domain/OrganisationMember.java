package org.relais.directory.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner user's place in an organisation: admin or member, or a pending request to join. */
@Entity
@Table(name = "dir_organisation_member")
public class OrganisationMember {

	@Id
	private UUID id;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private MemberRole role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private MemberStatus status;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private UUID decidedBy;

	protected OrganisationMember() {
	}

	public OrganisationMember(UUID organisationId, UUID userId, MemberRole role, MemberStatus status, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.userId = userId;
		this.role = role;
		this.status = status;
		this.requestedAt = now;
	}

	public void decide(MemberStatus status, UUID by, Instant now) {
		this.status = status;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public UUID getUserId() {
		return userId;
	}

	public MemberRole getRole() {
		return role;
	}

	public void setRole(MemberRole role) {
		this.role = role;
	}

	public MemberStatus getStatus() {
		return status;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public UUID getDecidedBy() {
		return decidedBy;
	}

}
