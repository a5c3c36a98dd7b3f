package org.relais.agenda.feed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The secret address of a user's personal feed in one territory: only its SHA-256 is stored. Revoked tokens stay
 * (with {@code revokedAt}) so that a renewal is traceable; a revoked token opens nothing.
 */
@Entity
@Table(name = "agd_feed_token")
public class FeedToken {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected FeedToken() {
	}

	FeedToken(UUID userId, UUID territoryId, String tokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.territoryId = territoryId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	public boolean isActive() {
		return revokedAt == null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getUserId() {
		return userId;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

}
