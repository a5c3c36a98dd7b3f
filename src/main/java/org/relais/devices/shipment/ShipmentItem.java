package org.relais.devices.shipment;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One device of an order, packed in a parcel. */
@Entity
@Table(name = "dev_shipment_item")
class ShipmentItem {

	@Id
	private UUID id;

	@Column(name = "parcel_id", nullable = false)
	private UUID parcelId;

	@Column(name = "order_id", nullable = false)
	private UUID orderId;

	@Column(name = "device_id", nullable = false)
	private UUID deviceId;

	protected ShipmentItem() {
	}

	ShipmentItem(UUID parcelId, UUID orderId, UUID deviceId) {
		this.id = UUID.randomUUID();
		this.parcelId = parcelId;
		this.orderId = orderId;
		this.deviceId = deviceId;
	}

	UUID getParcelId() {
		return parcelId;
	}

	UUID getOrderId() {
		return orderId;
	}

	UUID getDeviceId() {
		return deviceId;
	}

}
