package org.relais.devices.request;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrderRepository;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.people.BeneficiaryAnonymised;
import org.relais.people.BeneficiaryErased;
import org.relais.referral.PathwayContributor;
import org.relais.referral.PathwayEntry;
import org.relais.shared.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where a person's life cycle reaches their device requests: one pathway line per step (its status, the partner
 * organisation), seen by the agents and by the organisation the step concerns; on erasure, the requests, their
 * steps and the orders not yet allocated are deleted (a request whose devices are already on their way stays, its
 * texts cleared, so that the devices' history holds); on anonymisation, the texts are cleared.
 */
@Component
class DeviceRequestsOfAPerson implements PathwayContributor {

	private final DeviceRequestRepository requests;

	private final DeviceRequestStepRepository steps;

	private final DeviceOrderRepository orders;

	private final DirectoryCatalog directory;

	DeviceRequestsOfAPerson(DeviceRequestRepository requests, DeviceRequestStepRepository steps,
			DeviceOrderRepository orders, DirectoryCatalog directory) {
		this.requests = requests;
		this.steps = steps;
		this.orders = orders;
		this.directory = directory;
	}

	@Override
	public List<PathwayEntry> entries(UUID territoryId, UUID beneficiaryId) {
		String language = Languages.of(LocaleContextHolder.getLocale());
		Map<UUID, String> names = new HashMap<>();
		List<PathwayEntry> lines = new ArrayList<>();
		for (DeviceRequest r : requests.findByTerritoryIdAndPersonIdOrderByCreatedAtDesc(territoryId, beneficiaryId)) {
			for (DeviceRequestStep s : steps.findByRequestIdOrderByAt(r.getId())) {
				UUID organisation = s.getOrganisationId() != null ? s.getOrganisationId()
						: r.getPartnerOrganisationId();
				String name = organisation == null ? null : names.computeIfAbsent(organisation,
						id -> directory.organisation(territoryId, id, language).map(OrganisationRef::name).orElse(""));
				boolean named = name != null && !name.isEmpty();
				lines.add(new PathwayEntry(s.getAt(), "device",
						named ? "devices.request.pathway.withOrganisation" : "devices.request.pathway.title",
						named ? List.of(r.getReference(), name) : List.of(r.getReference()),
						"devices.status." + s.getStatus().name(), null, "/devices/requests/" + r.getId(),
						organisation));
			}
		}
		return lines;
	}

	@ApplicationModuleListener
	void on(BeneficiaryErased event) {
		erase(event.beneficiaryId());
	}

	@ApplicationModuleListener
	void on(BeneficiaryAnonymised event) {
		anonymise(event.beneficiaryId());
	}

	void erase(UUID personId) {
		for (DeviceRequest r : requests.findByPersonId(personId)) {
			List<DeviceOrder> its = orders.findByRequestId(r.getId());
			boolean onTheWay = its.stream()
				.anyMatch(o -> o.getStatus() != DeviceOrder.Status.WAITING
						&& o.getStatus() != DeviceOrder.Status.CANCELLED);
			if (onTheWay) {
				clear(r);
				continue;
			}
			orders.deleteAll(its);
			steps.deleteAll(steps.findByRequestIdOrderByAt(r.getId()));
			requests.delete(r);
		}
	}

	void anonymise(UUID personId) {
		requests.findByPersonId(personId).forEach(this::clear);
	}

	private void clear(DeviceRequest request) {
		request.anonymise();
		steps.findByRequestIdOrderByAt(request.getId()).forEach(DeviceRequestStep::clearNote);
	}

}
