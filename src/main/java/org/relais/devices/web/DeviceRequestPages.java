package org.relais.devices.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrders;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestStep;
import org.relais.devices.request.DeviceRequests;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.people.BeneficiaryRecord;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the staff's and the partner's request pages share: rows, steps with names, the person, the order. */
@Component
class DeviceRequestPages {

	/** Days after which a request waiting at the desk, or at a partner, is shown as late. */
	static final int LATE_TO_ROUTE_DAYS = 2;

	static final int LATE_ROUTED_DAYS = 7;

	record Row(UUID id, String reference, Instant createdAt, DeviceCategory category, DeviceRequestStatus status,
			String partnerName, long ageDays, boolean late) {
	}

	record StepView(Instant at, DeviceRequestStatus status, String organisationName, String note) {
	}

	private final DeviceRequests requests;

	private final DeviceOrders orders;

	private final DirectoryCatalog directory;

	private final DeviceProgramme programme;

	private final java.time.Clock clock;

	DeviceRequestPages(DeviceRequests requests, DeviceOrders orders, DirectoryCatalog directory,
			DeviceProgramme programme, java.time.Clock clock) {
		this.requests = requests;
		this.orders = orders;
		this.directory = directory;
		this.programme = programme;
		this.clock = clock;
	}

	List<Row> rows(UUID territoryId, List<DeviceRequest> list, String language) {
		Map<UUID, String> names = new HashMap<>();
		Instant now = clock.instant();
		List<Row> rows = new ArrayList<>();
		for (DeviceRequest r : list) {
			Instant since = r.getStatus() == DeviceRequestStatus.ROUTED && r.getRoutedAt() != null ? r.getRoutedAt()
					: r.getCreatedAt();
			long age = Duration.between(r.getCreatedAt(), now).toDays();
			long waiting = Duration.between(since, now).toDays();
			boolean late = (r.getStatus() == DeviceRequestStatus.TO_ROUTE && waiting >= LATE_TO_ROUTE_DAYS)
					|| (r.getStatus() == DeviceRequestStatus.ROUTED && waiting >= LATE_ROUTED_DAYS);
			rows.add(new Row(r.getId(), r.getReference(), r.getCreatedAt(), r.getCategory(), r.getStatus(),
					name(territoryId, r.getPartnerOrganisationId(), language, names), age, late));
		}
		return rows;
	}

	String name(UUID territoryId, UUID organisationId, String language, Map<UUID, String> cache) {
		if (organisationId == null) {
			return null;
		}
		return cache.computeIfAbsent(organisationId, id -> directory.organisation(territoryId, id, language)
			.map(OrganisationRef::name)
			.orElse(""));
	}

	/** The request, its person (the read is logged), steps and order on the model. */
	void detail(Model model, DeviceRequest request, String language) {
		UUID territory = request.getTerritoryId();
		Map<UUID, String> names = new HashMap<>();
		BeneficiaryRecord person = requests.person(request).orElse(null);
		List<StepView> steps = new ArrayList<>();
		for (DeviceRequestStep s : requests.steps(request.getId())) {
			steps.add(new StepView(s.getAt(), s.getStatus(), name(territory, s.getOrganisationId(), language, names),
					s.getNote()));
		}
		model.addAttribute("request", request);
		model.addAttribute("person", person);
		model.addAttribute("personName", personName(person));
		model.addAttribute("steps", steps);
		model.addAttribute("partnerName", name(territory, request.getPartnerOrganisationId(), language, names));
		DeviceOrder order = orders.latest(request.getId()).orElse(null);
		model.addAttribute("order", order);
		model.addAttribute("orderAccessories", order == null ? List.of() : List.copyOf(DeviceOrders.accessories(order)));
		model.addAttribute("zone", programme.zone(territory));
	}

	/** The person's name for a page that shows it, or null when the person is gone. */
	static String personName(BeneficiaryRecord person) {
		if (person == null) {
			return null;
		}
		String first = person.firstName();
		return first == null || first.isBlank() ? person.lastName() : first + " " + person.lastName();
	}

}
