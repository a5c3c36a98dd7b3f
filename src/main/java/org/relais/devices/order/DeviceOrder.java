package org.relais.devices.order;

import java.math.BigDecimal;
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
import org.relais.devices.DeviceType;
import org.relais.devices.Financing;
import org.relais.devices.KeyboardLayout;

/**
 * What a partner orders once it approved a request: {@code quantity} devices of a type (a keyboard layout for
 * laptops), accessories, how it is financed, the territory's price per device at the time of the order, delivered
 * to the partner's address. {@code WAITING} until a shipment batch allocates devices to it ({@code batchId}), then
 * follows the parcel.
 */
@Entity
@Table(name = "dev_order")
public class DeviceOrder {

	public enum Status {

		WAITING, ALLOCATED, SHIPPED, RECEIVED, HANDED_OVER, CANCELLED

	}

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "partner_organisation_id", nullable = false)
	private UUID partnerOrganisationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "device_type", nullable = false, length = 16)
	private DeviceType deviceType;

	@Enumerated(EnumType.STRING)
	@Column(name = "keyboard_layout", length = 8)
	private KeyboardLayout keyboardLayout;

	@Column(nullable = false)
	private int quantity;

	/** Accessory codes separated by commas (e.g. {@code mouse,bag,charger}). */
	@Column(length = 300)
	private String accessories;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Financing financing;

	@Column(name = "unit_price", nullable = false, precision = 10, scale = 2)
	private BigDecimal unitPrice;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(name = "delivery_address", nullable = false, length = 500)
	private String deliveryAddress;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "ordered_at", nullable = false)
	private Instant orderedAt;

	@Column(name = "ordered_by")
	private UUID orderedBy;

	@Column(name = "batch_id")
	private UUID batchId;

	@Version
	private long version;

	protected DeviceOrder() {
	}

	public DeviceOrder(UUID territoryId, UUID requestId, UUID partnerOrganisationId, DeviceType deviceType,
			KeyboardLayout keyboardLayout, int quantity, String accessories, Financing financing,
			BigDecimal unitPrice, String currency, String deliveryAddress, UUID orderedBy, Instant now) {
		if (quantity < 1) {
			throw new DeviceRuleException("quantity", "devices.error.quantity");
		}
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.requestId = requestId;
		this.partnerOrganisationId = partnerOrganisationId;
		this.deviceType = deviceType;
		this.keyboardLayout = deviceType.hasKeyboard() ? keyboardLayout : null;
		this.quantity = quantity;
		this.accessories = accessories;
		this.financing = financing;
		this.unitPrice = unitPrice;
		this.currency = currency;
		this.deliveryAddress = deliveryAddress;
		this.status = Status.WAITING;
		this.orderedBy = orderedBy;
		this.orderedAt = now;
	}

	/** The total asked: price per device × quantity, nothing when free. */
	public BigDecimal total() {
		return financing == Financing.FREE ? BigDecimal.ZERO.setScale(2)
				: unitPrice.multiply(BigDecimal.valueOf(quantity));
	}

	public void allocate(UUID batchId) {
		require(Status.WAITING);
		this.batchId = batchId;
		this.status = Status.ALLOCATED;
	}

	/** Back to waiting (the batch dropped it before shipping). */
	public void release() {
		require(Status.ALLOCATED);
		this.batchId = null;
		this.status = Status.WAITING;
	}

	public void ship() {
		require(Status.ALLOCATED);
		this.status = Status.SHIPPED;
	}

	public void receive() {
		require(Status.SHIPPED);
		this.status = Status.RECEIVED;
	}

	public void handOver() {
		require(Status.RECEIVED);
		this.status = Status.HANDED_OVER;
	}

	public void cancel() {
		if (status != Status.WAITING && status != Status.ALLOCATED) {
			throw new DeviceRuleException(null, "devices.error.orderStatus", status.name());
		}
		this.batchId = null;
		this.status = Status.CANCELLED;
	}

	private void require(Status expected) {
		if (status != expected) {
			throw new DeviceRuleException(null, "devices.error.orderStatus", status.name());
		}
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getRequestId() {
		return requestId;
	}

	public UUID getPartnerOrganisationId() {
		return partnerOrganisationId;
	}

	public DeviceType getDeviceType() {
		return deviceType;
	}

	public KeyboardLayout getKeyboardLayout() {
		return keyboardLayout;
	}

	public int getQuantity() {
		return quantity;
	}

	public String getAccessories() {
		return accessories;
	}

	public Financing getFinancing() {
		return financing;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public String getCurrency() {
		return currency;
	}

	public String getDeliveryAddress() {
		return deliveryAddress;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getOrderedAt() {
		return orderedAt;
	}

	public UUID getOrderedBy() {
		return orderedBy;
	}

	public UUID getBatchId() {
		return batchId;
	}

}
