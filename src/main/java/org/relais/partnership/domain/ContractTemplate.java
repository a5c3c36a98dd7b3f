package org.relais.partnership.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a territory's partnership contract in a language. Versions are never changed: saving the
 * template adds the next version; a contract already sent keeps the version (and the bytes) it was made from.
 */
@Entity
@Table(name = "pts_contract_template")
public class ContractTemplate {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(nullable = false, length = 2)
	private String language;

	@Column(nullable = false)
	private int version;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ContractTemplate() {
	}

	ContractTemplate(UUID territoryId, String language, int version, String body, UUID createdBy, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.language = language;
		this.version = version;
		this.body = body;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public int getVersion() {
		return version;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
