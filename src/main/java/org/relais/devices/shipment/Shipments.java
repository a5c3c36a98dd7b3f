package org.relais.devices.shipment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceRuleException;
import org.relais.devices.DeviceState;
import org.relais.devices.ShipmentParcelShipped;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrderRepository;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.request.RequestSteps;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.settings.DeviceSettings;
import org.relais.devices.shipment.AllocationRule.Allocation;
import org.relais.devices.shipment.AllocationRule.Plan;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceRepository;
import org.relais.devices.stock.DeviceStock;
import org.relais.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shipment workflow: a batch proposed at a cut-off from the waiting orders and the READY stock
 * ({@link AllocationRule}), orders removed or the batch discarded while proposed, packed, each parcel shipped with
 * its tracking number, received by the partner, and each order handed over to its person. Every step moves the
 * devices (recorded transitions), the orders and the requests (recorded steps) together, in one transaction: a
 * refusal leaves nothing half-done.
 */
@Service
public class Shipments {

	private final ShipmentBatchRepository batches;

	private final ShipmentParcelRepository parcels;

	private final ShipmentItemRepository items;

	private final HandoverRepository handovers;

	private final DeviceOrderRepository orders;

	private final DeviceRequestRepository requests;

	private final DeviceRepository devices;

	private final DeviceStock stock;

	private final RequestSteps steps;

	private final DeviceProgramme programme;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final TransactionTemplate readOnly;

	Shipments(ShipmentBatchRepository batches, ShipmentParcelRepository parcels, ShipmentItemRepository items,
			HandoverRepository handovers, DeviceOrderRepository orders, DeviceRequestRepository requests,
			DeviceRepository devices, DeviceStock stock, RequestSteps steps, DeviceProgramme programme,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.batches = batches;
		this.parcels = parcels;
		this.items = items;
		this.handovers = handovers;
		this.orders = orders;
		this.requests = requests;
		this.devices = devices;
		this.stock = stock;
		this.steps = steps;
		this.programme = programme;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	// ------------------------------------------------------------------ cut-off and plan

	/**
	 * The cut-off the next batch is for: the territory's next cut-off on or after today, or a later one when the
	 * batch of that date is already packed or shipped.
	 */
	public LocalDate nextCutoff(UUID territoryId) {
		DeviceSettings settings = programme.settings(territoryId);
		LocalDate cutoff = settings.nextCutoff(programme.today(territoryId));
		for (int i = 0; i < 52; i++) {
			Optional<ShipmentBatch> live = batches.findByActiveKey(ShipmentBatch.key(territoryId, cutoff));
			if (live.isEmpty() || live.get().getStatus() == ShipmentBatch.Status.PROPOSED) {
				return cutoff;
			}
			cutoff = settings.nextCutoff(cutoff.plusDays(1));
		}
		return cutoff;
	}

	/** The cut-off after {@code cutoff}: when what the next batch cannot cover may leave. */
	LocalDate cutoffAfter(UUID territoryId, LocalDate cutoff) {
		return programme.settings(territoryId).nextCutoff(cutoff.plusDays(1));
	}

	/** What a batch made now would take: the waiting orders and the READY stock of the territory. */
	Plan plan(UUID territoryId) {
		return readOnly.execute(s -> {
			List<DeviceOrder> waiting = orders.findByTerritoryIdAndStatusOrderByOrderedAt(territoryId,
					DeviceOrder.Status.WAITING);
			List<AllocationRule.StockDevice> ready = new ArrayList<>();
			waiting.stream().map(DeviceOrder::getDeviceType).distinct().forEach(type -> stock
				.available(territoryId, type, null)
				.forEach(d -> ready.add(new AllocationRule.StockDevice(d.getId(), d.getDeviceType(),
						d.getKeyboardLayout()))));
			return AllocationRule.plan(waiting.stream()
				.map(o -> new AllocationRule.OrderLine(o.getId(), o.getDeviceType(), o.getKeyboardLayout(),
						o.getQuantity(), o.getOrderedAt()))
				.toList(), ready);
		});
	}

	// ------------------------------------------------------------------ proposal

	/**
	 * Proposes the batch of the next cut-off, or adds to it what the stock can now cover when it is still proposed.
	 * Refused ({@code devices.shipment.error.empty}) when nothing can be allocated; refused
	 * ({@code devices.shipment.error.changedMeanwhile}) when a device or an order was taken meanwhile.
	 * @return the batch's id
	 */
	public UUID prepare(UUID territoryId, UUID by) {
		LocalDate cutoff = nextCutoff(territoryId);
		return prepare(territoryId, cutoff, plan(territoryId), by);
	}

	/** Allocates a plan made earlier to the batch of a cut-off (creating it), all in one transaction. */
	UUID prepare(UUID territoryId, LocalDate cutoff, Plan plan, UUID by) {
		if (plan.isEmpty()) {
			throw new DeviceRuleException(null, "devices.shipment.error.empty");
		}
		return cleanly(() -> tx.execute(s -> {
			ShipmentBatch batch = batches.findByActiveKey(ShipmentBatch.key(territoryId, cutoff))
				.map(b -> batches.lockByIdAndTerritoryId(b.getId(), territoryId).orElseThrow())
				.orElseGet(() -> batches.save(new ShipmentBatch(territoryId, cutoff, by, steps.now())));
			batch.require(ShipmentBatch.Status.PROPOSED);
			Map<String, ShipmentParcel> byAddress = new HashMap<>();
			parcels.findByBatchId(batch.getId())
				.forEach(p -> byAddress.put(p.getOrganisationId() + "|" + p.getDeliveryAddress(), p));
			for (Allocation a : plan.allocations()) {
				DeviceOrder order = orders.findByIdAndTerritoryId(a.orderId(), territoryId)
					.orElseThrow(() -> new DeviceRuleException(null, "devices.shipment.error.changedMeanwhile"));
				order.allocate(batch.getId());
				request(order).ifPresent(r -> step(r, DeviceRequestStatus.ORDERED, DeviceRequestStatus.ALLOCATED,
						by, order.getPartnerOrganisationId(), null));
				ShipmentParcel parcel = byAddress.computeIfAbsent(
						order.getPartnerOrganisationId() + "|" + order.getDeliveryAddress(),
						k -> parcels.save(new ShipmentParcel(batch.getId(), territoryId,
								order.getPartnerOrganisationId(), order.getDeliveryAddress())));
				for (UUID deviceId : a.deviceIds()) {
					stock.reserve(territoryId, deviceId, order.getId(), by);
					items.save(new ShipmentItem(parcel.getId(), order.getId(), deviceId));
				}
			}
			return batch.getId();
		}));
	}

	/** Takes an order out of a proposed batch: its devices READY again, the order waiting, the request ORDERED. */
	public void removeOrder(UUID territoryId, UUID batchId, UUID orderId, UUID by) {
		cleanly(() -> tx.execute(s -> {
			ShipmentBatch batch = lockBatch(territoryId, batchId);
			DeviceOrder order = orders.findByIdAndTerritoryId(orderId, territoryId)
				.filter(o -> batchId.equals(o.getBatchId()))
				.orElseThrow(() -> NotFoundException.of("order", orderId));
			batch.require(ShipmentBatch.Status.PROPOSED);
			release(territoryId, order, by);
			return null;
		}));
	}

	/** Drops a proposed batch: every order back to waiting, its devices READY. */
	public void discard(UUID territoryId, UUID batchId, UUID by) {
		cleanly(() -> tx.execute(s -> {
			ShipmentBatch batch = lockBatch(territoryId, batchId);
			batch.require(ShipmentBatch.Status.PROPOSED);
			for (DeviceOrder order : orders.findByBatchId(batchId)) {
				release(territoryId, order, by);
			}
			batch.discard(by, steps.now());
			return null;
		}));
	}

	/** The batch is packed: refused when it has no parcel left. */
	public void confirm(UUID territoryId, UUID batchId, UUID by) {
		cleanly(() -> tx.execute(s -> {
			ShipmentBatch batch = lockBatch(territoryId, batchId);
			batch.require(ShipmentBatch.Status.PROPOSED);
			if (parcels.findByBatchId(batchId).isEmpty()) {
				throw new DeviceRuleException(null, "devices.shipment.error.empty");
			}
			batch.confirm(by, steps.now());
			return null;
		}));
	}

	private void release(UUID territoryId, DeviceOrder order, UUID by) {
		List<ShipmentItem> packed = items.findByOrderId(order.getId());
		for (ShipmentItem item : packed) {
			Device device = devices.findByIdAndTerritoryId(item.getDeviceId(), territoryId).orElseThrow();
			stock.move(device, DeviceState.READY, by, null);
		}
		order.release();
		request(order).ifPresent(r -> step(r, DeviceRequestStatus.ALLOCATED, DeviceRequestStatus.ORDERED, by,
				order.getPartnerOrganisationId(), null));
		items.deleteAll(packed);
		items.flush();
		for (UUID parcelId : packed.stream().map(ShipmentItem::getParcelId).distinct().toList()) {
			if (items.findByParcelId(parcelId).isEmpty()) {
				parcels.deleteById(parcelId);
			}
		}
	}

	// ------------------------------------------------------------------ shipping, reception, hand-over

	/**
	 * A parcel of a packed batch leaves with its tracking number: its devices, orders and requests SHIPPED; the
	 * batch SHIPPED with its last parcel; the partner told ({@link ShipmentParcelShipped}).
	 */
	public void ship(UUID territoryId, UUID batchId, UUID parcelId, String trackingNumber, UUID by) {
		ship(territoryId, batchId, parcelId, trackingNumber, by, true);
	}

	/** Ships a parcel; {@code announce} false leaves the partner untold (the demo data, which mails nobody). */
	void ship(UUID territoryId, UUID batchId, UUID parcelId, String trackingNumber, UUID by, boolean announce) {
		cleanly(() -> tx.execute(s -> {
			ShipmentBatch batch = lockBatch(territoryId, batchId);
			ShipmentParcel parcel = parcels.lockByIdAndTerritoryId(parcelId, territoryId)
				.filter(p -> p.getBatchId().equals(batchId))
				.orElseThrow(() -> NotFoundException.of("parcel", parcelId));
			batch.require(ShipmentBatch.Status.CONFIRMED);
			parcel.ship(trackingNumber, by, steps.now());
			List<ShipmentItem> content = items.findByParcelId(parcelId);
			List<DeviceOrder> served = move(territoryId, content, DeviceState.SHIPPED, by);
			for (DeviceOrder order : served) {
				order.ship();
				request(order).ifPresent(r -> step(r, DeviceRequestStatus.ALLOCATED, DeviceRequestStatus.SHIPPED, by,
						order.getPartnerOrganisationId(), trackingNumber));
			}
			boolean last = parcels.findByBatchId(batchId)
				.stream()
				.allMatch(p -> p.getStatus() != ShipmentParcel.Status.PREPARING);
			if (last) {
				batch.shipped(steps.now());
			}
			if (announce) {
				events.publishEvent(new ShipmentParcelShipped(parcelId, batchId, territoryId, parcel.getOrganisationId(),
						batch.getCutoffDate(), trackingNumber, content.size(), served.size(), steps.now()));
			}
			return null;
		}));
	}

	/** The partner confirms a shipped parcel arrived: devices DELIVERED_TO_PARTNER, orders and requests RECEIVED. */
	public void receive(UUID territoryId, Set<UUID> organisations, UUID parcelId, UUID by) {
		cleanly(() -> tx.execute(s -> {
			ShipmentParcel parcel = parcels.lockByIdAndTerritoryId(parcelId, territoryId)
				.filter(p -> organisations.contains(p.getOrganisationId()))
				.orElseThrow(() -> NotFoundException.of("parcel", parcelId));
			parcel.receive(by, steps.now());
			for (DeviceOrder order : move(territoryId, items.findByParcelId(parcelId),
					DeviceState.DELIVERED_TO_PARTNER, by)) {
				order.receive();
				request(order).ifPresent(r -> step(r, DeviceRequestStatus.SHIPPED, DeviceRequestStatus.RECEIVED, by,
						order.getPartnerOrganisationId(), null));
			}
			return null;
		}));
	}

	/**
	 * The partner handed an order's devices over to the person on {@code day} (not in the future), the person
	 * having confirmed the receipt: devices, order and request HANDED_OVER, which closes the request.
	 */
	public void handOver(UUID territoryId, Set<UUID> organisations, UUID orderId, LocalDate day, String note,
			UUID by) {
		if (day.isAfter(programme.today(territoryId))) {
			throw new DeviceRuleException("handedOverOn", "devices.handover.error.future");
		}
		cleanly(() -> tx.execute(s -> {
			DeviceOrder order = partnerOrder(territoryId, organisations, orderId);
			order.handOver();
			move(territoryId, items.findByOrderId(orderId), DeviceState.HANDED_OVER, by);
			request(order).ifPresent(r -> step(r, DeviceRequestStatus.RECEIVED, DeviceRequestStatus.HANDED_OVER, by,
					order.getPartnerOrganisationId(), note));
			handovers.save(new Handover(orderId, day, by, steps.now()));
			return null;
		}));
	}

	/** An order of the partner's organisations in the territory, or 404. */
	DeviceOrder partnerOrder(UUID territoryId, Set<UUID> organisations, UUID orderId) {
		return orders.findByIdAndTerritoryId(orderId, territoryId)
			.filter(o -> organisations.contains(o.getPartnerOrganisationId()))
			.orElseThrow(() -> NotFoundException.of("order", orderId));
	}

	/** Moves the devices of parcel items to a state; returns their orders, each once, in the items' order. */
	private List<DeviceOrder> move(UUID territoryId, List<ShipmentItem> content, DeviceState target, UUID by) {
		Map<UUID, DeviceOrder> served = new LinkedHashMap<>();
		for (ShipmentItem item : content) {
			Device device = devices.findByIdAndTerritoryId(item.getDeviceId(), territoryId).orElseThrow();
			stock.move(device, target, by, null);
			served.computeIfAbsent(item.getOrderId(),
					id -> orders.findByIdAndTerritoryId(id, territoryId).orElseThrow());
		}
		return List.copyOf(served.values());
	}

	private Optional<DeviceRequest> request(DeviceOrder order) {
		return requests.findByIdAndTerritoryId(order.getRequestId(), order.getTerritoryId());
	}

	/** Moves the request when it is at the step the order was at (a request may have had other orders). */
	private void step(DeviceRequest request, DeviceRequestStatus from, DeviceRequestStatus to, UUID by,
			UUID organisationId, String note) {
		if (request.getStatus() == from) {
			request.moveTo(to, steps.now());
			steps.record(request, by, organisationId, note);
		}
	}

	private ShipmentBatch lockBatch(UUID territoryId, UUID batchId) {
		return batches.lockByIdAndTerritoryId(batchId, territoryId)
			.orElseThrow(() -> NotFoundException.of("shipment", batchId));
	}

	/** Runs a writing step; a row changed by somebody else meanwhile becomes a clean refusal. */
	private static <T> T cleanly(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (ConcurrencyFailureException | DataIntegrityViolationException
				| org.springframework.transaction.TransactionSystemException ex) {
			throw new DeviceRuleException(null, "devices.shipment.error.changedMeanwhile");
		}
		catch (DeviceRuleException ex) {
			if ("devices.error.orderStatus".equals(ex.messageKey())) {
				throw new DeviceRuleException(null, "devices.shipment.error.changedMeanwhile");
			}
			throw ex;
		}
	}

}
