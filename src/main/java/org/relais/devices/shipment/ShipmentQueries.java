package org.relais.devices.shipment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrderRepository;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.shipment.AllocationRule.Allocation;
import org.relais.devices.shipment.AllocationRule.Plan;
import org.relais.devices.shipment.ShipmentViews.BatchSummary;
import org.relais.devices.shipment.ShipmentViews.BatchView;
import org.relais.devices.shipment.ShipmentViews.DeviceLine;
import org.relais.devices.shipment.ShipmentViews.OrderView;
import org.relais.devices.shipment.ShipmentViews.ParcelView;
import org.relais.devices.shipment.ShipmentViews.PendingOrder;
import org.relais.devices.shipment.ShipmentViews.Preview;
import org.relais.devices.shipment.ShipmentViews.PreviewLine;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceRepository;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of shipments: the records the staff and partner pages and the delivery note show. */
@Service
class ShipmentQueries {

	private final ShipmentBatchRepository batches;

	private final ShipmentParcelRepository parcels;

	private final ShipmentItemRepository items;

	private final HandoverRepository handovers;

	private final DeviceOrderRepository orders;

	private final DeviceRequestRepository requests;

	private final DeviceRepository devices;

	private final DirectoryCatalog directory;

	private final Shipments shipments;

	ShipmentQueries(ShipmentBatchRepository batches, ShipmentParcelRepository parcels, ShipmentItemRepository items,
			HandoverRepository handovers, DeviceOrderRepository orders, DeviceRequestRepository requests,
			DeviceRepository devices, DirectoryCatalog directory, Shipments shipments) {
		this.batches = batches;
		this.parcels = parcels;
		this.items = items;
		this.handovers = handovers;
		this.orders = orders;
		this.requests = requests;
		this.devices = devices;
		this.directory = directory;
		this.shipments = shipments;
	}

	/** The territory's batches, the latest cut-off first, discarded ones left out. */
	@Transactional(readOnly = true)
	List<BatchSummary> batches(UUID territoryId) {
		List<ShipmentBatch> all = batches.findByTerritoryIdOrderByCutoffDateDescCreatedAtDesc(territoryId)
			.stream()
			.filter(b -> b.getStatus() != ShipmentBatch.Status.DISCARDED)
			.toList();
		List<ShipmentParcel> allParcels = parcels.findByBatchIdIn(all.stream().map(ShipmentBatch::getId).toList());
		List<ShipmentItem> allItems = items.findByParcelIdIn(allParcels.stream().map(ShipmentParcel::getId).toList());
		Map<UUID, UUID> batchOfParcel = allParcels.stream()
			.collect(Collectors.toMap(ShipmentParcel::getId, ShipmentParcel::getBatchId));
		return all.stream().map(b -> {
			List<ShipmentItem> mine = allItems.stream()
				.filter(i -> b.getId().equals(batchOfParcel.get(i.getParcelId())))
				.toList();
			int parcelCount = (int) allParcels.stream().filter(p -> p.getBatchId().equals(b.getId())).count();
			int orderCount = (int) mine.stream().map(ShipmentItem::getOrderId).distinct().count();
			return new BatchSummary(b.getId(), b.getCutoffDate(), b.getStatus(), parcelCount, orderCount, mine.size());
		}).toList();
	}

	@Transactional(readOnly = true)
	Optional<BatchView> batch(UUID territoryId, UUID batchId, String language) {
		return batches.findByIdAndTerritoryId(batchId, territoryId)
			.filter(b -> b.getStatus() != ShipmentBatch.Status.DISCARDED)
			.map(b -> new BatchView(b.getId(), b.getCutoffDate(), b.getStatus(), b.getCreatedAt(),
					b.getConfirmedAt(), b.getShippedAt(),
					parcelViews(territoryId, parcels.findByBatchId(b.getId()), language)));
	}

	/** A parcel of a batch of the territory (staff), or of the partner's organisations when given. */
	@Transactional(readOnly = true)
	Optional<ParcelView> parcel(UUID territoryId, UUID parcelId, Set<UUID> organisations, String language) {
		return parcels.findById(parcelId)
			.filter(p -> p.getTerritoryId().equals(territoryId))
			.filter(p -> organisations == null || organisations.contains(p.getOrganisationId()))
			.map(p -> parcelViews(territoryId, List.of(p), language).get(0));
	}

	/** The partner's parcels on their way and received, the latest first. */
	@Transactional(readOnly = true)
	List<ParcelView> partnerParcels(UUID territoryId, Set<UUID> organisations, String language) {
		List<ShipmentParcel> mine = parcels
			.findByOrganisationIdInAndStatusIn(organisations,
					EnumSet.of(ShipmentParcel.Status.SHIPPED, ShipmentParcel.Status.RECEIVED))
			.stream()
			.filter(p -> p.getTerritoryId().equals(territoryId))
			.sorted(Comparator.comparing(ShipmentParcel::getShippedAt).reversed())
			.toList();
		return parcelViews(territoryId, mine, language);
	}

	/** The partner's orders not shipped yet, oldest first, each with the cut-off it is expected to leave at. */
	@Transactional(readOnly = true)
	List<PendingOrder> pendingOrders(UUID territoryId, Set<UUID> organisations) {
		List<DeviceOrder> pending = orders
			.findByPartnerOrganisationIdInAndStatusIn(organisations,
					EnumSet.of(DeviceOrder.Status.WAITING, DeviceOrder.Status.ALLOCATED))
			.stream()
			.filter(o -> o.getTerritoryId().equals(territoryId))
			.sorted(Comparator.comparing(DeviceOrder::getOrderedAt))
			.toList();
		if (pending.isEmpty()) {
			return List.of();
		}
		LocalDate next = shipments.nextCutoff(territoryId);
		LocalDate after = shipments.cutoffAfter(territoryId, next);
		Set<UUID> covered = shipments.plan(territoryId)
			.allocations()
			.stream()
			.map(Allocation::orderId)
			.collect(Collectors.toSet());
		Map<UUID, LocalDate> batchDates = new HashMap<>();
		Map<UUID, DeviceRequest> refs = requestsOf(pending);
		List<PendingOrder> out = new ArrayList<>();
		for (DeviceOrder o : pending) {
			LocalDate expected;
			boolean isCovered;
			if (o.getStatus() == DeviceOrder.Status.ALLOCATED) {
				expected = batchDates.computeIfAbsent(o.getBatchId(),
						id -> batches.findById(id).map(ShipmentBatch::getCutoffDate).orElse(next));
				isCovered = true;
			}
			else {
				isCovered = covered.contains(o.getId());
				expected = isCovered ? next : after;
			}
			out.add(new PendingOrder(o.getId(), reference(refs, o), o.getDeviceType(), o.getKeyboardLayout(),
					o.getQuantity(), o.getOrderedAt(), o.getStatus(), expected, isCovered));
		}
		return out;
	}

	/** What the next batch would contain now, and what would wait. */
	@Transactional(readOnly = true)
	Preview preview(UUID territoryId, String language) {
		LocalDate next = shipments.nextCutoff(territoryId);
		UUID existing = batches.findByActiveKey(ShipmentBatch.key(territoryId, next))
			.map(ShipmentBatch::getId)
			.orElse(null);
		Plan plan = shipments.plan(territoryId);
		List<DeviceOrder> waiting = orders.findByTerritoryIdAndStatusOrderByOrderedAt(territoryId,
				DeviceOrder.Status.WAITING);
		Map<UUID, DeviceOrder> byId = waiting.stream().collect(Collectors.toMap(DeviceOrder::getId, o -> o));
		Map<UUID, DeviceRequest> refs = requestsOf(waiting);
		Map<UUID, String> names = new HashMap<>();
		Map<UUID, Device> devicesById = devices
			.findAllById(plan.allocations().stream().flatMap(a -> a.deviceIds().stream()).toList())
			.stream()
			.collect(Collectors.toMap(Device::getId, d -> d));
		Function<DeviceOrder, String> orgName = o -> names.computeIfAbsent(o.getPartnerOrganisationId(),
				id -> organisationName(territoryId, id, language));
		List<PreviewLine> allocated = plan.allocations()
			.stream()
			.map(a -> line(byId.get(a.orderId()), refs, orgName,
					a.deviceIds().stream().map(id -> devicesById.get(id).getAssetTag()).toList()))
			.toList();
		List<PreviewLine> left = plan.waiting()
			.stream()
			.map(id -> line(byId.get(id), refs, orgName, List.of()))
			.toList();
		return new Preview(next, shipments.cutoffAfter(territoryId, next), existing, allocated, left);
	}

	/** An order of the partner's organisations with its devices, for the hand-over page. */
	@Transactional(readOnly = true)
	Optional<OrderView> partnerOrder(UUID territoryId, Set<UUID> organisations, UUID orderId) {
		return orders.findByIdAndTerritoryId(orderId, territoryId)
			.filter(o -> organisations.contains(o.getPartnerOrganisationId()))
			.map(o -> orderViews(List.of(o), items.findByOrderId(orderId)).get(0));
	}

	/** The parcel an order travelled in, if any. */
	@Transactional(readOnly = true)
	Optional<UUID> parcelOf(UUID orderId) {
		return items.findByOrderId(orderId).stream().map(ShipmentItem::getParcelId).findFirst();
	}

	String organisationName(UUID territoryId, UUID organisationId, String language) {
		return directory.organisation(territoryId, organisationId, language).map(OrganisationRef::name).orElse("");
	}

	private PreviewLine line(DeviceOrder o, Map<UUID, DeviceRequest> refs, Function<DeviceOrder, String> orgName,
			List<String> tags) {
		return new PreviewLine(o.getId(), reference(refs, o), orgName.apply(o), o.getDeviceType(),
				o.getKeyboardLayout(), o.getQuantity(), o.getOrderedAt(), tags);
	}

	private List<ParcelView> parcelViews(UUID territoryId, List<ShipmentParcel> list, String language) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<UUID, LocalDate> cutoffs = new HashMap<>();
		List<ShipmentItem> all = items.findByParcelIdIn(list.stream().map(ShipmentParcel::getId).toList());
		List<DeviceOrder> allOrders = orders.findAllById(all.stream().map(ShipmentItem::getOrderId).distinct().toList());
		Map<UUID, OrderView> views = orderViews(allOrders, all).stream()
			.collect(Collectors.toMap(OrderView::id, v -> v));
		List<ParcelView> out = new ArrayList<>();
		for (ShipmentParcel p : list) {
			List<OrderView> mine = all.stream()
				.filter(i -> i.getParcelId().equals(p.getId()))
				.map(ShipmentItem::getOrderId)
				.distinct()
				.map(views::get)
				.sorted(Comparator.comparing(OrderView::reference))
				.toList();
			LocalDate cutoff = cutoffs.computeIfAbsent(p.getBatchId(),
					id -> batches.findById(id).map(ShipmentBatch::getCutoffDate).orElse(null));
			out.add(new ParcelView(p.getId(), p.getBatchId(), cutoff, p.getOrganisationId(),
					organisationName(territoryId, p.getOrganisationId(), language), p.getDeliveryAddress(),
					p.getTrackingNumber(), p.getStatus(), p.getShippedAt(), p.getReceivedAt(), mine));
		}
		out.sort(Comparator.comparing(ParcelView::organisationName).thenComparing(ParcelView::deliveryAddress));
		return out;
	}

	private List<OrderView> orderViews(List<DeviceOrder> list, List<ShipmentItem> packed) {
		Map<UUID, Device> devicesById = devices
			.findAllById(packed.stream().map(ShipmentItem::getDeviceId).toList())
			.stream()
			.collect(Collectors.toMap(Device::getId, d -> d));
		Map<UUID, DeviceRequest> refs = requestsOf(list);
		Map<UUID, LocalDate> handedOver = handovers.findByOrderIdIn(list.stream().map(DeviceOrder::getId).toList())
			.stream()
			.collect(Collectors.toMap(Handover::getOrderId, Handover::getHandedOverOn));
		return list.stream().map(o -> {
			List<DeviceLine> lines = packed.stream()
				.filter(i -> i.getOrderId().equals(o.getId()))
				.map(i -> devicesById.get(i.getDeviceId()))
				.sorted(Comparator.comparing(Device::getAssetTag))
				.map(d -> new DeviceLine(d.getAssetTag(), d.getDeviceType(), d.getBrand(), d.getModel(),
						d.getSerialNumber(), d.getKeyboardLayout(), d.getGrade()))
				.toList();
			return new OrderView(o.getId(), reference(refs, o), o.getDeviceType(), o.getKeyboardLayout(),
					o.getQuantity(), o.getAccessories(), o.getStatus(), lines, handedOver.get(o.getId()));
		}).toList();
	}

	private Map<UUID, DeviceRequest> requestsOf(Collection<DeviceOrder> list) {
		Set<UUID> ids = new HashSet<>();
		list.forEach(o -> ids.add(o.getRequestId()));
		return requests.findAllById(ids).stream().collect(Collectors.toMap(DeviceRequest::getId, r -> r));
	}

	private static String reference(Map<UUID, DeviceRequest> refs, DeviceOrder o) {
		DeviceRequest r = refs.get(o.getRequestId());
		return r == null ? "" : r.getReference();
	}

}
