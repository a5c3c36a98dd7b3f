package org.relais.devices.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceRuleException;
import org.relais.devices.DeviceType;
import org.relais.devices.Financing;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrders;
import org.relais.devices.order.OrderConfirmationPdf;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequests;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.settings.DeviceSettings;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.people.BeneficiaryRecord;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner's device requests: those routed to its organisations, with the little it needs to judge the need
 * (the person's name and birth year, the category, the note; each read logged); approve with a justification or
 * decline with a reason; once approved, the order and its confirmation PDF. Any other request is a 404.
 */
@Controller
class PartnerDeviceController {

	/** The person as the partner reads them to judge the need. */
	record PartnerRow(UUID id, String reference, String personName, Integer birthYear,
			org.relais.devices.DeviceCategory category, DeviceRequestStatus status, java.time.Instant routedAt,
			String partnerName) {
	}

	private final DeviceRequests requests;

	private final DeviceOrders orders;

	private final DeviceRequestPages pages;

	private final DevicesAccess access;

	private final DeviceProgramme programme;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final OrderConfirmationPdf pdf;

	PartnerDeviceController(DeviceRequests requests, DeviceOrders orders, DeviceRequestPages pages,
			DevicesAccess access, DeviceProgramme programme, DirectoryCatalog directory, TerritoryCatalog territories,
			OrderConfirmationPdf pdf) {
		this.requests = requests;
		this.orders = orders;
		this.pages = pages;
		this.access = access;
		this.programme = programme;
		this.directory = directory;
		this.territories = territories;
		this.pdf = pdf;
	}

	@GetMapping("/partner/devices")
	String inbox(Model model) {
		Set<UUID> mine = access.requirePartner();
		RelaisPrincipal me = CurrentUser.require();
		UUID territory = me.currentTerritoryId();
		List<PartnerRow> rows = new ArrayList<>();
		Map<UUID, String> names = new java.util.HashMap<>();
		for (DeviceRequest r : requests.routedTo(mine)) {
			if (!territory.equals(r.getTerritoryId())) {
				continue;
			}
			BeneficiaryRecord person = requests.person(r).orElse(null);
			rows.add(new PartnerRow(r.getId(), r.getReference(), DeviceRequestPages.personName(person),
					person == null ? null : person.birthYear(), r.getCategory(), r.getStatus(), r.getRoutedAt(),
					pages.name(territory, r.getPartnerOrganisationId(), me.language(), names)));
		}
		rows.sort((a, b) -> b.routedAt().compareTo(a.routedAt()));
		model.addAttribute("rows", rows);
		model.addAttribute("zone", programme.zone(territory));
		return "devices/partner-requests";
	}

	@GetMapping("/partner/devices/{id}")
	String show(@PathVariable String id, Model model) {
		Set<UUID> mine = access.requirePartner();
		return page(load(mine, id), model, Map.of());
	}

	@PostMapping("/partner/devices/{id}/approve")
	String approve(@PathVariable String id, @RequestParam(required = false) String justification, Model model,
			RedirectAttributes flash) {
		Set<UUID> mine = access.requirePartner();
		RelaisPrincipal me = CurrentUser.require();
		DeviceRequest request = load(mine, id);
		try {
			requests.approve(me.currentTerritoryId(), mine, request.getId(), justification, me.userId());
		}
		catch (DeviceRuleException e) {
			model.addAttribute("justification", justification);
			return page(load(mine, id), model, Map.of("justification", e));
		}
		flash.addFlashAttribute("flash", "devices.partner.approved");
		return "redirect:/partner/devices/" + request.getId() + "/order";
	}

	@PostMapping("/partner/devices/{id}/decline")
	String decline(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes flash) {
		Set<UUID> mine = access.requirePartner();
		RelaisPrincipal me = CurrentUser.require();
		DeviceRequest request = load(mine, id);
		try {
			requests.decline(me.currentTerritoryId(), mine, request.getId(), reason, me.userId());
		}
		catch (DeviceRuleException e) {
			model.addAttribute("reason", reason);
			return page(load(mine, id), model, Map.of("reason", e));
		}
		flash.addFlashAttribute("flash", "devices.partner.declined");
		return "redirect:/partner/devices";
	}

	@GetMapping("/partner/devices/{id}/order")
	String orderForm(@PathVariable String id, Model model) {
		Set<UUID> mine = access.requirePartner();
		DeviceRequest request = load(mine, id);
		if (request.getStatus() != DeviceRequestStatus.APPROVED) {
			return "redirect:/partner/devices/" + request.getId();
		}
		DeviceOrderForm form = new DeviceOrderForm();
		KeyboardLayout layout = DeviceOrders.defaultLayout(territories.find(request.getTerritoryId()).orElse(null));
		form.setLayout(layout == null ? null : layout.name());
		form.setDeliveryAddress(mainAddress(request));
		model.addAttribute("form", form);
		return orderPage(request, model);
	}

	@PostMapping("/partner/devices/{id}/order")
	String order(@PathVariable String id, @ModelAttribute("form") DeviceOrderForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Set<UUID> mine = access.requirePartner();
		RelaisPrincipal me = CurrentUser.require();
		DeviceRequest request = load(mine, id);
		try {
			orders.place(me.currentTerritoryId(), mine, request.getId(), form.line(), me.userId());
		}
		catch (DeviceRuleException e) {
			DeviceRuleErrors.reject(errors, e);
			return orderPage(load(mine, id), model);
		}
		flash.addFlashAttribute("flash", "devices.order.placed");
		return "redirect:/partner/devices/" + request.getId();
	}

	@GetMapping("/partner/devices/{id}/order.pdf")
	ResponseEntity<byte[]> orderPdf(@PathVariable String id) {
		Set<UUID> mine = access.requirePartner();
		DeviceRequest request = load(mine, id);
		DeviceOrder order = orders.latest(request.getId())
			.orElseThrow(() -> NotFoundException.of("device-order", id));
		return DeviceRequestController.pdf(request, order, pdf);
	}

	private DeviceRequest load(Set<UUID> mine, String id) {
		UUID uuid = DevicesWeb.uuid(id);
		return (uuid == null ? java.util.Optional.<DeviceRequest>empty()
				: requests.findForPartner(CurrentUser.territoryId(), mine, uuid))
			.orElseThrow(() -> NotFoundException.of("device-request", id));
	}

	private String page(DeviceRequest request, Model model, Map<String, DeviceRuleException> errors) {
		pages.detail(model, request, CurrentUser.require().language());
		model.addAttribute("errors", errors);
		return "devices/partner-request";
	}

	private String orderPage(DeviceRequest request, Model model) {
		DeviceSettings settings = programme.settings(request.getTerritoryId());
		model.addAttribute("request", request);
		model.addAttribute("price", settings.getDevicePrice());
		model.addAttribute("currency", settings.getCurrency());
		model.addAttribute("cutoff", settings.nextCutoff(programme.today(request.getTerritoryId())));
		model.addAttribute("types", Arrays.stream(DeviceType.values()).map(Enum::name).toList());
		model.addAttribute("layouts", Arrays.stream(KeyboardLayout.values()).map(Enum::name).toList());
		model.addAttribute("financings", Arrays.stream(Financing.values()).map(Enum::name).toList());
		model.addAttribute("accessoryCodes", DeviceOrders.ACCESSORIES);
		model.addAttribute("maxQuantity", DeviceOrders.MAX_QUANTITY);
		return "devices/order";
	}

	/** The organisation's first location, on one line: where parcels usually go. */
	private String mainAddress(DeviceRequest request) {
		return directory.locations(request.getTerritoryId())
			.stream()
			.filter(l -> request.getPartnerOrganisationId().equals(l.organisationId()))
			.map(LocationRef::oneLine)
			.filter(s -> !s.isBlank())
			.findFirst()
			.orElse("");
	}

}
