package org.relais.devices.shipment;

import java.time.Instant;
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
 * One parcel of a batch: the devices of a partner organisation's orders for one delivery address, with its
 * tracking number; {@code PREPARING} until marked shipped, {@code RECEIVED} when the partner confirms it.
 */
@Entity
@Table(name = "dev_shipment_parcel")
class ShipmentParcel {

	enum Status {

		PREPARING, SHIPPED, RECEIVED

	}

	@Id
	private UUID id;

	@Column(name = "batch_id", nullable = false)
	private UUID batchId;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "delivery_address", nullable = false, length = 500)
	private String deliveryAddress;

	@Column(name = "tracking_number", length = 100)
	private String trackingNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "shipped_at")
	private Instant shippedAt;

	@Column(name = "shipped_by")
	private UUID shippedBy;

	@Column(name = "received_at")
	private Instant receivedAt;

	@Column(name = "received_by")
	private UUID receivedBy;

	@Version
	private long version;

	protected ShipmentParcel() {
	}

	ShipmentParcel(UUID batchId, UUID territoryId, UUID organisationId, String deliveryAddress) {
		this.id = UUID.randomUUID();
		this.batchId = batchId;
		this.territoryId = territoryId;
		this.organisationId = organisationId;
		this.deliveryAddress = deliveryAddress;
		this.status = Status.PREPARING;
	}

	void ship(String trackingNumber, UUID by, Instant now) {
		if (status != Status.PREPARING) {
			throw new DeviceRuleException(null, "devices.parcel.error.status");
		}
		this.trackingNumber = trackingNumber;
		this.status = Status.SHIPPED;
		this.shippedBy = by;
		this.shippedAt = now;
	}

	void receive(UUID by, Instant now) {
		if (status != Status.SHIPPED) {
			throw new DeviceRuleException(null, "devices.parcel.error.status");
		}
		this.status = Status.RECEIVED;
		this.receivedBy = by;
		this.receivedAt = now;
	}

	UUID getId() {
		return id;
	}

	UUID getBatchId() {
		return batchId;
	}

	UUID getTerritoryId() {
		return territoryId;
	}

	UUID getOrganisationId() {
		return organisationId;
	}

	String getDeliveryAddress() {
		return deliveryAddress;
	}

	String getTrackingNumber() {
		return trackingNumber;
	}

	Status getStatus() {
		return status;
	}

	Instant getShippedAt() {
		return shippedAt;
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

}
