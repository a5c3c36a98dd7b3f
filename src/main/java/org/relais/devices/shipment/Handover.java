package org.relais.devices.shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The partner's record that an order's devices were handed over to the person, on a date, the person having
 * confirmed the receipt. The optional note is kept with the request's step, not here.
 */
@Entity
@Table(name = "dev_handover")
class Handover {

	@Id
	private UUID id;

	@Column(name = "order_id", nullable = false)
	private UUID orderId;

	@Column(name = "handed_over_on", nullable = false)
	private LocalDate handedOverOn;

	@Column(nullable = false)
	private boolean acknowledged;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by")
	private UUID recordedBy;

	protected Handover() {
	}

	Handover(UUID orderId, LocalDate handedOverOn, UUID recordedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.orderId = orderId;
		this.handedOverOn = handedOverOn;
		this.acknowledged = true;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	UUID getOrderId() {
		return orderId;
	}

	LocalDate getHandedOverOn() {
		return handedOverOn;
	}

}
