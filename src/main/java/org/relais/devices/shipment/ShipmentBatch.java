package org.relais.devices.shipment;

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

import org.relais.devices.DeviceRuleException;

/**
 * The parcels leaving for partners at one cut-off date of a territory: {@code PROPOSED} (devices allocated, staff
 * may still remove orders), {@code CONFIRMED} (packed), {@code SHIPPED} (every parcel left), or {@code DISCARDED}
 * (its orders back to waiting). One live batch per territory and cut-off date ({@code activeKey}).
 */
@Entity
@Table(name = "dev_shipment_batch")
class ShipmentBatch {

	enum Status {

		PROPOSED, CONFIRMED, SHIPPED, DISCARDED

	}

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "cutoff_date", nullable = false)
	private LocalDate cutoffDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "active_key", length = 64)
	private String activeKey;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "confirmed_by")
	private UUID confirmedBy;

	@Column(name = "shipped_at")
	private Instant shippedAt;

	@Column(name = "discarded_at")
	private Instant discardedAt;

	@Column(name = "discarded_by")
	private UUID discardedBy;

	@Version
	private long version;

	protected ShipmentBatch() {
	}

	ShipmentBatch(UUID territoryId, LocalDate cutoffDate, UUID by, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.cutoffDate = cutoffDate;
		this.status = Status.PROPOSED;
		this.activeKey = key(territoryId, cutoffDate);
		this.createdBy = by;
		this.createdAt = now;
	}

	static String key(UUID territoryId, LocalDate cutoffDate) {
		return territoryId + ":" + cutoffDate;
	}

	/** Packed: no more changes to its orders. */
	void confirm(UUID by, Instant now) {
		require(Status.PROPOSED);
		this.status = Status.CONFIRMED;
		this.confirmedBy = by;
		this.confirmedAt = now;
	}

	/** Every parcel left. */
	void shipped(Instant now) {
		require(Status.CONFIRMED);
		this.status = Status.SHIPPED;
		this.shippedAt = now;
	}

	void discard(UUID by, Instant now) {
		require(Status.PROPOSED);
		this.status = Status.DISCARDED;
		this.activeKey = null;
		this.discardedBy = by;
		this.discardedAt = now;
	}

	void require(Status expected) {
		if (status != expected) {
			throw new DeviceRuleException(null, "devices.shipment.error.batchStatus");
		}
	}

	UUID getId() {
		return id;
	}

	UUID getTerritoryId() {
		return territoryId;
	}

	LocalDate getCutoffDate() {
		return cutoffDate;
	}

	Status getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getConfirmedAt() {
		return confirmedAt;
	}

	Instant getShippedAt() {
		return shippedAt;
	}

}
