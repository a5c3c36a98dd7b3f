package org.relais.devices.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The certified wiping of a device's data: method (with its number of passes when overwriting), tool, date,
 * operator, whether a second person verified it and who. Its certificate number is given once; who recorded and
 * who last changed the record, and when, are kept. A device becomes READY only with a verified record.
 */
@Entity
@Table(name = "dev_erasure")
public class ErasureRecord {

	@Id
	private UUID id;

	@Column(name = "device_id", nullable = false)
	private UUID deviceId;

	@Column(name = "certificate_number", nullable = false, length = 32)
	private String certificateNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private ErasureMethod method;

	private Integer passes;

	@Column(nullable = false, length = 100)
	private String tool;

	@Column(name = "erased_on", nullable = false)
	private LocalDate erasedOn;

	@Column(name = "operator_name", nullable = false, length = 120)
	private String operatorName;

	@Column(nullable = false)
	private boolean verified;

	@Column(name = "verified_by", length = 120)
	private String verifiedBy;

	@Column(length = 2000)
	private String notes;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by")
	private UUID recordedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private UUID updatedBy;

	@Version
	private long version;

	protected ErasureRecord() {
	}

	ErasureRecord(UUID deviceId, String certificateNumber, UUID by, Instant now) {
		this.id = UUID.randomUUID();
		this.deviceId = deviceId;
		this.certificateNumber = certificateNumber;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	/** What was done; passes only for an overwrite, who verified only when verified. */
	void describe(ErasureMethod method, Integer passes, String tool, LocalDate erasedOn, String operatorName,
			boolean verified, String verifiedBy, String notes, UUID by, Instant now) {
		this.method = method;
		this.passes = method == ErasureMethod.OVERWRITE ? passes : null;
		this.tool = tool;
		this.erasedOn = erasedOn;
		this.operatorName = operatorName;
		this.verified = verified;
		this.verifiedBy = verified ? verifiedBy : null;
		this.notes = notes;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getDeviceId() {
		return deviceId;
	}

	public String getCertificateNumber() {
		return certificateNumber;
	}

	public ErasureMethod getMethod() {
		return method;
	}

	public Integer getPasses() {
		return passes;
	}

	public String getTool() {
		return tool;
	}

	public LocalDate getErasedOn() {
		return erasedOn;
	}

	public String getOperatorName() {
		return operatorName;
	}

	public boolean isVerified() {
		return verified;
	}

	public String getVerifiedBy() {
		return verifiedBy;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public UUID getRecordedBy() {
		return recordedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public UUID getUpdatedBy() {
		return updatedBy;
	}

}
