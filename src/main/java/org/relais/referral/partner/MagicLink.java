package org.relais.referral.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signed link that lets an organisation without any account read and answer one referral. The token in the URL
 * carries this row's id and expiry, signed (see {@link ReferralLinkSigner}); the row keeps the token's hash so that a link
 * can be revoked (a renewal revokes the older ones) and checked against what was issued.
 */
@Entity
@Table(name = "ref_magic_link")
class MagicLink {

	@Id
	private UUID id;

	@Column(name = "referral_id", nullable = false)
	private UUID referralId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected MagicLink() {
	}

	MagicLink(UUID id, UUID referralId, UUID organisationId, Instant now, Instant expiresAt) {
		this.id = id;
		this.referralId = referralId;
		this.organisationId = organisationId;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	void token(String hash) {
		this.tokenHash = hash;
	}

	boolean usable(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	UUID getId() {
		return id;
	}

	UUID getReferralId() {
		return referralId;
	}

	UUID getOrganisationId() {
		return organisationId;
	}

	String getTokenHash() {
		return tokenHash;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

}
