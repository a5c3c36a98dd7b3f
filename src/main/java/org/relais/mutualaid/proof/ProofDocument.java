package org.relais.mutualaid.proof;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.ProofStatus;

/**
 * A document a volunteer uploaded for a proof type (by its code): the stored file (content-checked by
 * {@code StoredFiles}), its expiry date, the coordinator's verification. Valid on a day = VERIFIED and not expired
 * that day (no expiry date: valid until replaced).
 */
@Entity
@Table(name = "ma_proof")
public class ProofDocument {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "volunteer_id", nullable = false)
	private UUID volunteerId;

	@Column(name = "proof_code", nullable = false, length = 40)
	private String proofCode;

	@Column(name = "file_id", nullable = false)
	private UUID fileId;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "expires_on")
	private LocalDate expiresOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ProofStatus status;

	@Column(name = "rejection_reason", length = 1000)
	private String rejectionReason;

	@Column(name = "verified_by")
	private UUID verifiedBy;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "reminder_sent_at")
	private Instant reminderSentAt;

	protected ProofDocument() {
	}

	public ProofDocument(UUID territoryId, UUID volunteerId, String proofCode, UUID fileId, String fileName,
			LocalDate expiresOn, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.volunteerId = volunteerId;
		this.proofCode = proofCode;
		this.fileId = fileId;
		this.fileName = fileName;
		this.expiresOn = expiresOn;
		this.status = ProofStatus.PENDING;
		this.uploadedAt = now;
	}

	public void verify(UUID by, Instant now) {
		this.status = ProofStatus.VERIFIED;
		this.rejectionReason = null;
		this.verifiedBy = by;
		this.verifiedAt = now;
	}

	/** @throws MutualAidException (field {@code reason}) without a reason */
	public void reject(String reason, UUID by, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new MutualAidException("reason", "mutualaid.error.proof.reason");
		}
		this.status = ProofStatus.REJECTED;
		this.rejectionReason = reason.strip();
		this.verifiedBy = by;
		this.verifiedAt = now;
	}

	public void reminded(Instant now) {
		this.reminderSentAt = now;
	}

	public boolean expiredOn(LocalDate day) {
		return expiresOn != null && expiresOn.isBefore(day);
	}

	public boolean validOn(LocalDate day) {
		return status == ProofStatus.VERIFIED && !expiredOn(day);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getVolunteerId() {
		return volunteerId;
	}

	public String getProofCode() {
		return proofCode;
	}

	public UUID getFileId() {
		return fileId;
	}

	public String getFileName() {
		return fileName;
	}

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public ProofStatus getStatus() {
		return status;
	}

	public String getRejectionReason() {
		return rejectionReason;
	}

	public UUID getVerifiedBy() {
		return verifiedBy;
	}

	public Instant getVerifiedAt() {
		return verifiedAt;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public Instant getReminderSentAt() {
		return reminderSentAt;
	}

}
