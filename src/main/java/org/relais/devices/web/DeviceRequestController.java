package org.relais.devices.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceRuleException;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrders;
import org.relais.devices.order.OrderConfirmationPdf;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequests;
import org.relais.devices.routing.DeviceRouting;
import org.relais.devices.routing.RoutingProposal;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's device requests: the list with filters and late ones highlighted; a request with its person, steps,
 * the partner Relais proposes and why, routing (to the proposed partner or another one whose rules take the
 * category), the category while at the desk, cancelling with a reason, and the order confirmation.
 */
@Controller
class DeviceRequestController {

	private final DeviceRequests requests;

	private final DeviceRouting routing;

	private final DeviceRequestPages pages;

	private final DeviceOrders orders;

	private final OrderConfirmationPdf pdf;

	DeviceRequestController(DeviceRequests requests, DeviceRouting routing, DeviceRequestPages pages,
			DeviceOrders orders, OrderConfirmationPdf pdf) {
		this.requests = requests;
		this.routing = routing;
		this.pages = pages;
		this.orders = orders;
		this.pdf = pdf;
	}

	@GetMapping("/devices/requests")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String category,
			@RequestParam(required = false) String partner, Model model) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		DeviceRequestStatus s = DeviceOrderForm.parse(DeviceRequestStatus.class, status);
		DeviceCategory c = DeviceOrderForm.parse(DeviceCategory.class, category);
		UUID p = DevicesWeb.uuid(partner);
		List<DeviceRequest> all = requests.ofTerritory(territory);
		List<DeviceRequest> shown = all.stream()
			.filter(r -> s == null || r.getStatus() == s)
			.filter(r -> c == null || r.getCategory() == c)
			.filter(r -> p == null || p.equals(r.getPartnerOrganisationId()))
			.sorted((a, b) -> b.getCreatedAt().compareTo(a.getCreatedAt()))
			.toList();
		Map<UUID, String> names = new HashMap<>();
		Map<UUID, String> partners = new java.util.TreeMap<>();
		all.stream()
			.map(DeviceRequest::getPartnerOrganisationId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(id -> partners.put(id, pages.name(territory, id, me.language(), names)));
		model.addAttribute("rows", pages.rows(territory, shown, me.language()));
		model.addAttribute("statuses", Arrays.asList(DeviceRequestStatus.values()));
		model.addAttribute("categories", Arrays.asList(DeviceCategory.values()));
		model.addAttribute("partners", partners);
		model.addAttribute("status", s == null ? "" : s.name());
		model.addAttribute("category", c == null ? "" : c.name());
		model.addAttribute("partner", p == null ? "" : p.toString());
		model.addAttribute("zone", requests.zone(territory));
		return "devices/requests";
	}

	@GetMapping("/devices/requests/{id}")
	String show(@PathVariable String id, Model model) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		DeviceRequest request = load(me, id);
		return page(me, request, model, Map.of());
	}

	@PostMapping("/devices/requests/{id}/route")
	String route(@PathVariable String id, @RequestParam(required = false) String organisationId, Model model,
			RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		DeviceRequest request = load(me, id);
		try {
			requests.route(me.currentTerritoryId(), request.getId(), DevicesWeb.uuid(organisationId), me.userId());
		}
		catch (DeviceRuleException e) {
			return page(me, load(me, id), model, Map.of("organisationId", e));
		}
		flash.addFlashAttribute("flash", "devices.request.routed");
		return "redirect:/devices/requests/" + request.getId();
	}

	@PostMapping("/devices/requests/{id}/category")
	String category(@PathVariable String id, @RequestParam(required = false) String category, Model model,
			RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		DeviceRequest request = load(me, id);
		DeviceCategory c = DeviceOrderForm.parse(DeviceCategory.class, category);
		try {
			if (c == null) {
				throw new DeviceRuleException("category", "devices.request.error.category");
			}
			requests.reclassify(me.currentTerritoryId(), request.getId(), c);
		}
		catch (DeviceRuleException e) {
			return page(me, load(me, id), model, Map.of("category", e));
		}
		flash.addFlashAttribute("flash", "devices.request.reclassified");
		return "redirect:/devices/requests/" + request.getId();
	}

	@PostMapping("/devices/requests/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		DeviceRequest request = load(me, id);
		try {
			requests.cancel(me.currentTerritoryId(), request.getId(), reason, me.userId());
		}
		catch (DeviceRuleException e) {
			model.addAttribute("reason", reason);
			return page(me, load(me, id), model, Map.of("reason", e));
		}
		flash.addFlashAttribute("flash", "devices.request.cancelled");
		return "redirect:/devices/requests/" + request.getId();
	}

	@GetMapping("/devices/requests/{id}/order.pdf")
	ResponseEntity<byte[]> orderPdf(@PathVariable String id) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		DeviceRequest request = load(me, id);
		DeviceOrder order = orders.latest(request.getId())
			.orElseThrow(() -> NotFoundException.of("device-order", id));
		return pdf(request, order, pdf);
	}

	static ResponseEntity<byte[]> pdf(DeviceRequest request, DeviceOrder order, OrderConfirmationPdf pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"order-" + request.getReference() + ".pdf\"")
			.body(pdf.render(request, order));
	}

	private DeviceRequest load(RelaisPrincipal me, String id) {
		UUID uuid = DevicesWeb.uuid(id);
		return (uuid == null ? java.util.Optional.<DeviceRequest>empty()
				: requests.find(me.currentTerritoryId(), uuid))
			.orElseThrow(() -> NotFoundException.of("device-request", id));
	}

	private String page(RelaisPrincipal me, DeviceRequest request, Model model,
			Map<String, DeviceRuleException> errors) {
		pages.detail(model, request, me.language());
		List<RoutingProposal.Candidate> candidates = request.getStatus() == DeviceRequestStatus.TO_ROUTE
				? routing.propose(request, requests.place(request.getTerritoryId(), request.getPersonId()),
						me.language())
				: List.of();
		model.addAttribute("proposal", candidates.isEmpty() ? null : candidates.get(0));
		model.addAttribute("others", candidates.size() > 1 ? candidates.subList(1, candidates.size()) : List.of());
		List<DeviceRouting.RuleView> withRule = new ArrayList<>(routing.rules(me.currentTerritoryId(), me.language()));
		model.addAttribute("ruleOrganisations", withRule);
		model.addAttribute("declined", routing.declinedBy(request.getId()));
		model.addAttribute("categories", Arrays.asList(DeviceCategory.values()));
		model.addAttribute("errors", errors);
		return "devices/request";
	}

}
