package org.relais.devices.shipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relais.devices.DeviceType;
import org.relais.devices.Grade;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.order.DeviceOrder;

/** What the shipment pages and the delivery note show. */
public final class ShipmentViews {

	private ShipmentViews() {
	}

	/** A batch in the list. */
	public record BatchSummary(UUID id, LocalDate cutoffDate, ShipmentBatch.Status status, int parcels, int orders,
			int devices) {
	}

	/** A batch with its parcels. */
	public record BatchView(UUID id, LocalDate cutoffDate, ShipmentBatch.Status status, Instant createdAt,
			Instant confirmedAt, Instant shippedAt, List<ParcelView> parcels) {

		public boolean proposed() {
			return status == ShipmentBatch.Status.PROPOSED;
		}

		public boolean confirmed() {
			return status == ShipmentBatch.Status.CONFIRMED;
		}

	}

	/** A parcel with its orders and their devices. */
	public record ParcelView(UUID id, UUID batchId, LocalDate cutoffDate, UUID organisationId, String organisationName,
			String deliveryAddress, String trackingNumber, ShipmentParcel.Status status, Instant shippedAt,
			Instant receivedAt, List<OrderView> orders) {

		public int devices() {
			return orders.stream().mapToInt(o -> o.devices().size()).sum();
		}

		public boolean preparing() {
			return status == ShipmentParcel.Status.PREPARING;
		}

		public boolean shipped() {
			return status == ShipmentParcel.Status.SHIPPED;
		}

		public boolean received() {
			return status == ShipmentParcel.Status.RECEIVED;
		}

	}

	/** An order of a parcel. */
	public record OrderView(UUID id, String reference, DeviceType type, KeyboardLayout layout, int quantity,
			String accessories, DeviceOrder.Status status, List<DeviceLine> devices, LocalDate handedOverOn) {

		public boolean toHandOver() {
			return status == DeviceOrder.Status.RECEIVED;
		}

	}

	/** A device as the packing list names it. */
	public record DeviceLine(String assetTag, DeviceType type, String brand, String model, String serialNumber,
			KeyboardLayout layout, Grade grade) {
	}

	/** An order as the preview of the next batch shows it. */
	public record PreviewLine(UUID orderId, String reference, String organisationName, DeviceType type,
			KeyboardLayout layout, int quantity, Instant orderedAt, List<String> assetTags) {
	}

	/**
	 * What the next batch would contain at {@code cutoff} and what would wait for the one after ({@code nextAfter}).
	 */
	public record Preview(LocalDate cutoff, LocalDate nextAfter, UUID existingBatchId, List<PreviewLine> allocated,
			List<PreviewLine> waiting) {
	}

	/** A partner's order not yet shipped, with the batch it is expected in. */
	public record PendingOrder(UUID id, String reference, DeviceType type, KeyboardLayout layout, int quantity,
			Instant orderedAt, DeviceOrder.Status status, LocalDate expected, boolean covered) {
	}

}
