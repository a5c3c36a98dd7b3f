package org.relais.devices.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestDeclined;
import org.relais.devices.DeviceRequestRouted;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceRuleException;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrderRepository;
import org.relais.devices.routing.DeviceRouting;
import org.relais.devices.routing.RoutingProposal;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.shared.Languages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on device requests from the desk to the order: created from a desk request, classified, routed (by an
 * agent, or automatically where the territory chose so), judged by the partner (approved with a justification or
 * declined with a reason, back to the desk), cancelled with a reason. Every status change is checked by
 * {@link DeviceRequest}, recorded by {@link RequestSteps} and told to the desk.
 */
@Service
public class DeviceRequests {

	private static final int TEXT_MAX = 2000;

	private final DeviceRequestRepository requests;

	private final RequestSteps steps;

	private final DeviceRouting routing;

	private final DeviceProgramme programme;

	private final DeviceOrderRepository orders;

	private final People people;

	private final ApplicationEventPublisher events;

	private final DeviceRequestStepRepository stepRepository;

	DeviceRequests(DeviceRequestRepository requests, RequestSteps steps, DeviceRouting routing,
			DeviceProgramme programme, DeviceOrderRepository orders, People people, ApplicationEventPublisher events,
			DeviceRequestStepRepository stepRepository) {
		this.stepRepository = stepRepository;
		this.requests = requests;
		this.steps = steps;
		this.routing = routing;
		this.programme = programme;
		this.orders = orders;
		this.people = people;
		this.events = events;
	}

	/**
	 * A new request, to route; routed at once to the proposed partner when the territory routes automatically and
	 * a partner can take it.
	 */
	@Transactional
	public DeviceRequest create(UUID territoryId, UUID deskRequestId, String reference, UUID personId,
			DeviceCategory category, String note, UUID agentId) {
		checkText("note", note);
		DeviceRequest request = requests.save(new DeviceRequest(territoryId, deskRequestId, reference, personId,
				category, blankToNull(note), agentId, steps.now()));
		steps.record(request, agentId, null, null);
		if (programme.settings(territoryId).isAutoRoute()) {
			List<RoutingProposal.Candidate> candidates = routing.propose(request, place(territoryId, personId),
					Languages.DEFAULT);
			if (!candidates.isEmpty()) {
				routeTo(request, candidates.get(0).organisationId(), null, true);
			}
		}
		return request;
	}

	/** Where the person lives, for the proposal (the read is logged). */
	public RoutingProposal.Place place(UUID territoryId, UUID personId) {
		return people.read(territoryId, personId)
			.map(p -> new RoutingProposal.Place(p.communeCode(), p.postalCode()))
			.orElse(new RoutingProposal.Place(null, null));
	}

	/** The person as the staff and the partner read them (logged), if they still exist. */
	public Optional<BeneficiaryRecord> person(DeviceRequest request) {
		return people.read(request.getTerritoryId(), request.getPersonId());
	}

	/** The territory's time zone, for dates on pages. */
	public java.time.ZoneId zone(UUID territoryId) {
		return programme.zone(territoryId);
	}

	@Transactional(readOnly = true)
	public Optional<DeviceRequest> find(UUID territoryId, UUID id) {
		return requests.findByIdAndTerritoryId(id, territoryId);
	}

	/** A request routed to one of these organisations; empty for any other (a 404 for the partner). */
	@Transactional(readOnly = true)
	public Optional<DeviceRequest> findForPartner(UUID territoryId, Collection<UUID> organisations, UUID id) {
		return requests.findByIdAndTerritoryId(id, territoryId)
			.filter(r -> r.getPartnerOrganisationId() != null && organisations.contains(r.getPartnerOrganisationId()));
	}

	@Transactional(readOnly = true)
	public List<DeviceRequest> ofTerritory(UUID territoryId) {
		return requests.findByTerritoryIdAndStatusInOrderByCreatedAt(territoryId,
				Set.of(DeviceRequestStatus.values()));
	}

	@Transactional(readOnly = true)
	public List<DeviceRequest> routedTo(Collection<UUID> organisations) {
		return requests.findByPartnerOrganisationIdInAndStatusInOrderByCreatedAt(organisations,
				Set.of(DeviceRequestStatus.values()));
	}

	@Transactional(readOnly = true)
	public List<DeviceRequestStep> steps(UUID requestId) {
		return stepsOf(requestId);
	}

	/** The agent's choice of category while the request is still at the desk. */
	@Transactional
	public DeviceRequest reclassify(UUID territoryId, UUID id, DeviceCategory category) {
		DeviceRequest request = lock(territoryId, id);
		request.reclassify(category);
		return request;
	}

	/**
	 * Routes a request at the desk to a partner organisation; refuses an organisation whose rules do not take the
	 * request's category.
	 */
	@Transactional
	public DeviceRequest route(UUID territoryId, UUID id, UUID organisationId, UUID by) {
		DeviceRequest request = lock(territoryId, id);
		routeTo(request, organisationId, by, false);
		return request;
	}

	private void routeTo(DeviceRequest request, UUID organisationId, UUID by, boolean automatically) {
		if (organisationId == null
				|| !routing.takes(request.getTerritoryId(), organisationId, request.getCategory())) {
			throw new DeviceRuleException("organisationId", "devices.request.error.notTaken");
		}
		request.routeTo(organisationId, automatically, steps.now());
		DeviceRequestStep step = steps.record(request, by, organisationId, null);
		events.publishEvent(new DeviceRequestRouted(step.getId(), request.getId(), request.getTerritoryId(),
				request.getReference(), organisationId, automatically));
	}

	/** The partner approves the need, with its justification (required). */
	@Transactional
	public DeviceRequest approve(UUID territoryId, Collection<UUID> organisations, UUID id, String justification,
			UUID by) {
		required("justification", justification);
		DeviceRequest request = lockForPartner(territoryId, organisations, id);
		request.approve(justification.strip(), by, steps.now());
		steps.record(request, by, request.getPartnerOrganisationId(), justification.strip());
		return request;
	}

	/** The partner declines, with its reason (required): back to the desk, this organisation left out next time. */
	@Transactional
	public DeviceRequest decline(UUID territoryId, Collection<UUID> organisations, UUID id, String reason, UUID by) {
		required("reason", reason);
		DeviceRequest request = lockForPartner(territoryId, organisations, id);
		UUID organisation = request.getPartnerOrganisationId();
		request.decline(reason.strip(), by, steps.now());
		DeviceRequestStep step = steps.record(request, by, organisation, reason.strip());
		events.publishEvent(new DeviceRequestDeclined(step.getId(), request.getId(), territoryId,
				request.getReference(), organisation, request.getCreatedBy()));
		return request;
	}

	/**
	 * Cancels an open request with a reason (required), with its orders that wait for stock; a request whose devices
	 * are already allocated to a shipment is not cancelled here.
	 */
	@Transactional
	public DeviceRequest cancel(UUID territoryId, UUID id, String reason, UUID by) {
		required("reason", reason);
		DeviceRequest request = lock(territoryId, id);
		List<DeviceOrder> its = orders.findByRequestId(id);
		if (its.stream().anyMatch(o -> o.getStatus() != DeviceOrder.Status.WAITING
				&& o.getStatus() != DeviceOrder.Status.CANCELLED)) {
			throw new DeviceRuleException("reason", "devices.request.error.cancelAllocated");
		}
		UUID organisation = request.getPartnerOrganisationId();
		request.moveTo(DeviceRequestStatus.CANCELLED, steps.now());
		its.stream().filter(o -> o.getStatus() == DeviceOrder.Status.WAITING).forEach(DeviceOrder::cancel);
		steps.record(request, by, organisation, reason.strip());
		return request;
	}

	private DeviceRequest lock(UUID territoryId, UUID id) {
		return requests.lockByIdAndTerritoryId(id, territoryId)
			.orElseThrow(() -> org.relais.shared.NotFoundException.of("device-request", id));
	}

	private DeviceRequest lockForPartner(UUID territoryId, Collection<UUID> organisations, UUID id) {
		DeviceRequest request = lock(territoryId, id);
		if (request.getPartnerOrganisationId() == null
				|| !organisations.contains(request.getPartnerOrganisationId())) {
			throw org.relais.shared.NotFoundException.of("device-request", id);
		}
		return request;
	}

	private List<DeviceRequestStep> stepsOf(UUID requestId) {
		return stepRepository.findByRequestIdOrderByAt(requestId);
	}

	private static void required(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new DeviceRuleException(field, "devices.request.error.required");
		}
		checkText(field, text);
	}

	private static void checkText(String field, String text) {
		if (text != null && text.strip().length() > TEXT_MAX) {
			throw new DeviceRuleException(field, "devices.request.error.tooLong", TEXT_MAX);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
