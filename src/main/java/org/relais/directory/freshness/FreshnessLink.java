package org.relais.directory.freshness;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * What a one-click confirmation link allows: one editor confirms these services, once, before it expires. The
 * link itself carries only this row's id and expiry, signed (see {@link LinkSigner}).
 */
@Entity
@Table(name = "dir_freshness_link")
class FreshnessLink {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "campaign_id")
	private UUID campaignId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dir_freshness_link_service", joinColumns = @JoinColumn(name = "link_id"))
	@Column(name = "service_id")
	private Set<UUID> serviceIds = new LinkedHashSet<>();

	protected FreshnessLink() {
	}

	FreshnessLink(UUID userId, Set<UUID> serviceIds, UUID campaignId, Instant now, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.serviceIds = new LinkedHashSet<>(serviceIds);
		this.campaignId = campaignId;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(expiresAt);
	}

	boolean isUsed() {
		return usedAt != null;
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	UUID getId() {
		return id;
	}

	UUID getUserId() {
		return userId;
	}

	UUID getCampaignId() {
		return campaignId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getUsedAt() {
		return usedAt;
	}

	Set<UUID> getServiceIds() {
		return serviceIds;
	}

}
