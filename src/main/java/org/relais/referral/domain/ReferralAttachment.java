package org.relais.referral.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.referral.ReferralAttachmentView;

/**
 * A file sent with a referral: the stored file (platform {@code StoredFiles}) and what to show of it. Deleting the
 * file keeps the line with {@code deletedAt}, so the history says a file was there.
 */
@Entity
@Table(name = "ref_referral_attachment")
public class ReferralAttachment {

	@Id
	private UUID id;

	@Column(name = "referral_id", nullable = false)
	private UUID referralId;

	@Column(name = "file_id")
	private UUID fileId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by")
	private UUID uploadedBy;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected ReferralAttachment() {
	}

	public ReferralAttachment(UUID referralId, UUID fileId, String name, String contentType, long size,
			UUID uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.referralId = referralId;
		this.fileId = fileId;
		this.name = name;
		this.contentType = contentType;
		this.size = size;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	/** The file is gone; the name goes with it (it may say something about the person). */
	public void deleted(Instant now) {
		this.deletedAt = now;
		this.fileId = null;
		this.name = "-";
	}

	public ReferralAttachmentView view() {
		return new ReferralAttachmentView(id, referralId, name, contentType, size, uploadedAt);
	}

	public UUID getId() {
		return id;
	}

	public UUID getReferralId() {
		return referralId;
	}

	public UUID getFileId() {
		return fileId;
	}

	public String getName() {
		return name;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public Instant getDeletedAt() {
		return deletedAt;
	}

}
