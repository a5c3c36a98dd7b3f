package org.relais.people.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.people.ConsentMethod;

/** A person's agreement to share their data for one purpose (e.g. a referral to a partner), until withdrawn. */
@Entity
@Table(name = "ppl_consent")
public class Consent {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "beneficiary_id", nullable = false)
	private UUID beneficiaryId;

	@Column(nullable = false, length = 200)
	private String purpose;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ConsentMethod method;

	@Column(name = "given_at", nullable = false)
	private Instant givenAt;

	@Column(name = "recorded_by")
	private UUID recordedBy;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_by")
	private UUID withdrawnBy;

	protected Consent() {
	}

	public Consent(UUID territoryId, UUID beneficiaryId, String purpose, ConsentMethod method, UUID recordedBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.beneficiaryId = beneficiaryId;
		this.purpose = purpose;
		this.method = method;
		this.recordedBy = recordedBy;
		this.givenAt = now;
	}

	/** Withdraws the consent; a consent already withdrawn stays as it was. */
	public void withdraw(UUID by, Instant now) {
		if (withdrawnAt == null) {
			withdrawnAt = now;
			withdrawnBy = by;
		}
	}

	public boolean isCurrent() {
		return withdrawnAt == null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getBeneficiaryId() {
		return beneficiaryId;
	}

	public String getPurpose() {
		return purpose;
	}

	public ConsentMethod getMethod() {
		return method;
	}

	public Instant getGivenAt() {
		return givenAt;
	}

	public UUID getRecordedBy() {
		return recordedBy;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

}
