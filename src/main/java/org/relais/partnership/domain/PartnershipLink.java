package org.relais.partnership.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A private link to a request's status page, sent in one mail; only the token's SHA-256 is kept. */
@Entity
@Table(name = "pts_link")
public class PartnershipLink {

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PartnershipLink() {
	}

	PartnershipLink(UUID requestId, String tokenHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.requestId = requestId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	public UUID getRequestId() {
		return requestId;
	}

}
