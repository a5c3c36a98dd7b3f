package org.relais.devices.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceState;
import org.relais.devices.Grade;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrderRepository;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.request.DeviceRequestStep;
import org.relais.devices.request.DeviceRequestStepRepository;
import org.relais.devices.routing.DeviceRouting;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceRepository;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's figures of the device programme in a territory: open requests by category and by partner, the
 * stock by state and grade, the waiting orders and the next cut-off, the lead time from request to hand-over.
 * Figures only: no person is named.
 */
@Service
class ProgrammeFigures {

	private final DeviceRequestRepository requests;

	private final DeviceRequestStepRepository steps;

	private final DeviceRepository devices;

	private final DeviceOrderRepository orders;

	private final DeviceProgramme programme;

	private final DirectoryCatalog directory;

	private final DeviceRouting routing;

	ProgrammeFigures(DeviceRequestRepository requests, DeviceRequestStepRepository steps, DeviceRepository devices,
			DeviceOrderRepository orders, DeviceProgramme programme, DirectoryCatalog directory,
			DeviceRouting routing) {
		this.requests = requests;
		this.steps = steps;
		this.devices = devices;
		this.orders = orders;
		this.programme = programme;
		this.directory = directory;
		this.routing = routing;
	}

	/** A partner counts as near its capacity from this share of it on. */
	static final double NEAR_CAPACITY = 0.8;

	/**
	 * Open requests of a partner organisation, and the capacity its routing rule gives it (null without a rule).
	 */
	record PartnerLoad(UUID organisationId, String name, long open, Integer capacity) {

		public boolean nearCapacity() {
			return capacity != null && open >= Math.ceil(capacity * NEAR_CAPACITY);
		}

	}

	/** Devices of one state, by grade ({@code null} key: not graded yet), and their total. */
	record StockRow(DeviceState state, Map<Grade, Long> byGrade, long ungraded, long total) {
	}

	/** Median and count of the closed requests' lead times, in days (null median when none). */
	record LeadTime(Double medianDays, long count) {
	}

	record Figures(Map<DeviceCategory, Long> openByCategory, long open, List<PartnerLoad> openByPartner,
			List<StockRow> stock, long stockTotal, long waitingOrders, long waitingDevices, LocalDate nextCutoff,
			LeadTime leadTime) {

		/** The names of the partners near their capacity, in the table's order. */
		public List<String> nearCapacity() {
			return openByPartner.stream().filter(PartnerLoad::nearCapacity).map(PartnerLoad::name).toList();
		}

	}

	@Transactional(readOnly = true)
	Figures of(UUID territoryId, String language) {
		List<DeviceRequest> all = requests.findByTerritoryId(territoryId);
		Map<DeviceCategory, Long> byCategory = new EnumMap<>(DeviceCategory.class);
		for (DeviceCategory c : DeviceCategory.values()) {
			byCategory.put(c, 0L);
		}
		Map<UUID, Long> byPartner = new LinkedHashMap<>();
		long open = 0;
		for (DeviceRequest r : all) {
			if (!r.getStatus().isOpen()) {
				continue;
			}
			open++;
			byCategory.merge(r.getCategory(), 1L, Long::sum);
			if (r.getPartnerOrganisationId() != null && r.getStatus() != DeviceRequestStatus.TO_ROUTE) {
				byPartner.merge(r.getPartnerOrganisationId(), 1L, Long::sum);
			}
		}
		Map<UUID, String> names = directory.organisations(territoryId, language)
			.stream()
			.collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
		Map<UUID, Integer> capacities = new LinkedHashMap<>();
		for (DeviceRouting.RuleView rule : routing.rules(territoryId, language)) {
			if (rule.active()) {
				capacities.put(rule.organisationId(), rule.capacity());
				byPartner.putIfAbsent(rule.organisationId(), 0L);
			}
		}
		List<PartnerLoad> partners = byPartner.entrySet()
			.stream()
			.map(e -> new PartnerLoad(e.getKey(), names.getOrDefault(e.getKey(), "—"), e.getValue(),
					capacities.get(e.getKey())))
			.sorted(Comparator.comparingLong(PartnerLoad::open).reversed().thenComparing(PartnerLoad::name))
			.toList();
		List<DeviceOrder> waiting = orders.findByTerritoryIdAndStatusOrderByOrderedAt(territoryId,
				DeviceOrder.Status.WAITING);
		return new Figures(byCategory, open, partners, stock(territoryId),
				devices.countByTerritoryId(territoryId), waiting.size(),
				waiting.stream().mapToLong(DeviceOrder::getQuantity).sum(),
				programme.settings(territoryId).nextCutoff(programme.today(territoryId)), leadTime(all));
	}

	private List<StockRow> stock(UUID territoryId) {
		Map<DeviceState, Map<Grade, Long>> grades = new EnumMap<>(DeviceState.class);
		Map<DeviceState, Long> ungraded = new EnumMap<>(DeviceState.class);
		for (Device d : devices.findByTerritoryId(territoryId)) {
			if (d.getGrade() == null) {
				ungraded.merge(d.getState(), 1L, Long::sum);
			}
			else {
				grades.computeIfAbsent(d.getState(), s -> new EnumMap<>(Grade.class)).merge(d.getGrade(), 1L, Long::sum);
			}
		}
		List<StockRow> rows = new ArrayList<>();
		for (DeviceState s : DeviceState.values()) {
			Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
			for (Grade g : Grade.values()) {
				byGrade.put(g, grades.getOrDefault(s, Map.of()).getOrDefault(g, 0L));
			}
			long none = ungraded.getOrDefault(s, 0L);
			long total = none + byGrade.values().stream().mapToLong(Long::longValue).sum();
			rows.add(new StockRow(s, byGrade, none, total));
		}
		return rows;
	}

	/** From the request's creation to its hand-over step. */
	private LeadTime leadTime(List<DeviceRequest> all) {
		Map<UUID, DeviceRequest> closed = all.stream()
			.filter(r -> r.getStatus() == DeviceRequestStatus.HANDED_OVER)
			.collect(Collectors.toMap(DeviceRequest::getId, r -> r));
		if (closed.isEmpty()) {
			return new LeadTime(null, 0);
		}
		List<Double> days = new ArrayList<>();
		for (DeviceRequestStep step : steps.findByRequestIdInOrderByAt(closed.keySet())) {
			if (step.getStatus() == DeviceRequestStatus.HANDED_OVER) {
				DeviceRequest r = closed.get(step.getRequestId());
				days.add(Duration.between(r.getCreatedAt(), step.getAt()).toHours() / 24.0);
			}
		}
		return new LeadTime(median(days), days.size());
	}

	static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return Math.round(m * 10) / 10.0;
	}

}
