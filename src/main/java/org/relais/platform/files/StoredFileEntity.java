package org.relais.platform.files;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.platform.StoredFile;

@Entity
@Table(name = "stored_file")
class StoredFileEntity {

	@Id
	private UUID id;

	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(name = "uploaded_by")
	private UUID uploadedBy;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "public_file", nullable = false)
	private boolean publicFile;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected StoredFileEntity() {
	}

	StoredFileEntity(UUID id, UUID territoryId, UUID uploadedBy, String originalName, String contentType,
			long sizeBytes, String sha256, boolean publicFile, Instant createdAt) {
		this.id = id;
		this.territoryId = territoryId;
		this.uploadedBy = uploadedBy;
		this.originalName = originalName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.publicFile = publicFile;
		this.createdAt = createdAt;
	}

	StoredFile toStoredFile() {
		return new StoredFile(id, territoryId, originalName, contentType, sizeBytes, publicFile);
	}

}
