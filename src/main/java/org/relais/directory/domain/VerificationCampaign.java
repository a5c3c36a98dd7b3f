package org.relais.directory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A territory admin asks every partner to confirm their services by a deadline; a service counts as confirmed when
 * it was assured after the campaign started.
 */
@Entity
@Table(name = "dir_verification_campaign")
public class VerificationCampaign {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "started_by", nullable = false)
	private UUID startedBy;

	@Column(nullable = false)
	private LocalDate deadline;

	@Column(length = 1000)
	private String message;

	protected VerificationCampaign() {
	}

	public VerificationCampaign(UUID territoryId, UUID startedBy, Instant startedAt, LocalDate deadline,
			String message) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.deadline = deadline;
		this.message = message;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public UUID getStartedBy() {
		return startedBy;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public String getMessage() {
		return message;
	}

}
