package org.relais.devices.shipment;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.shipment.ShipmentViews.OrderView;
import org.relais.devices.shipment.ShipmentViews.ParcelView;
import org.relais.devices.web.DevicesAccess;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner's side of shipments: parcels on their way and received, its orders still waiting with the batch they
 * are expected in; a parcel, whose reception it confirms; then the hand-over of each order to its person.
 * Another organisation's parcel or order is a 404.
 */
@Controller
class PartnerParcelController {

	private final DevicesAccess access;

	private final Shipments shipments;

	private final ShipmentQueries queries;

	private final DeviceProgramme programme;

	private final MessageSource messages;

	PartnerParcelController(DevicesAccess access, Shipments shipments, ShipmentQueries queries,
			DeviceProgramme programme, MessageSource messages) {
		this.access = access;
		this.shipments = shipments;
		this.queries = queries;
		this.programme = programme;
		this.messages = messages;
	}

	@GetMapping("/partner/devices/parcels")
	String index(Model model, Locale locale) {
		Set<UUID> orgs = access.requirePartner();
		UUID territory = CurrentUser.territoryId();
		model.addAttribute("parcels", queries.partnerParcels(territory, orgs, Languages.of(locale)));
		model.addAttribute("pending", queries.pendingOrders(territory, orgs));
		return "devices/parcels";
	}

	@GetMapping("/partner/devices/parcels/{id}")
	String parcel(@PathVariable UUID id, Model model, Locale locale) {
		Set<UUID> orgs = access.requirePartner();
		model.addAttribute("parcel", parcelOf(orgs, id, locale));
		return "devices/parcel";
	}

	@PostMapping("/partner/devices/parcels/{id}/receive")
	String receive(@PathVariable UUID id, Locale locale, RedirectAttributes flash) {
		Set<UUID> orgs = access.requirePartner();
		RelaisPrincipal me = CurrentUser.require();
		parcelOf(orgs, id, locale);
		try {
			shipments.receive(me.currentTerritoryId(), orgs, id, me.userId());
			flash.addFlashAttribute("flash", "devices.parcel.flash.received");
		}
		catch (DeviceRuleException refused) {
			flash.addFlashAttribute("actionError",
					messages.getMessage(refused.messageKey(), refused.args(), locale));
		}
		return "redirect:/partner/devices/parcels/" + id;
	}

	@GetMapping("/partner/devices/orders/{id}/handover")
	String handoverPage(@PathVariable UUID id, Model model) {
		Set<UUID> orgs = access.requirePartner();
		HandoverForm form = new HandoverForm();
		form.setHandedOverOn(programme.today(CurrentUser.territoryId()).toString());
		model.addAttribute("handoverForm", form);
		return handover(orgs, id, model);
	}

	@PostMapping("/partner/devices/orders/{id}/handover")
	String handOver(@PathVariable UUID id, @Valid @ModelAttribute("handoverForm") HandoverForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
		Set<UUID> orgs = access.requirePartner();
		RelaisPrincipal me = CurrentUser.require();
		OrderView order = orderOf(orgs, id);
		var day = form.check(result, programme.today(me.currentTerritoryId()));
		if (!result.hasErrors() && order.toHandOver()) {
			try {
				shipments.handOver(me.currentTerritoryId(), orgs, id, day, form.noteOrNull(), me.userId());
				flash.addFlashAttribute("flash", "devices.handover.flash.done");
				return "redirect:/partner/devices/parcels/" + queries.parcelOf(id).orElseThrow();
			}
			catch (DeviceRuleException refused) {
				result.reject(refused.messageKey(), refused.args(), refused.messageKey());
			}
		}
		else if (!result.hasErrors()) {
			result.reject("devices.handover.error.notReceived");
		}
		response.setStatus(422);
		return handover(orgs, id, model);
	}

	private String handover(Set<UUID> orgs, UUID id, Model model) {
		model.addAttribute("order", orderOf(orgs, id));
		model.addAttribute("parcelId", queries.parcelOf(id).orElse(null));
		model.addAttribute("today", programme.today(CurrentUser.territoryId()));
		return "devices/handover";
	}

	private OrderView orderOf(Set<UUID> orgs, UUID id) {
		return queries.partnerOrder(CurrentUser.territoryId(), orgs, id)
			.orElseThrow(() -> NotFoundException.of("order", id));
	}

	private ParcelView parcelOf(Set<UUID> orgs, UUID id, Locale locale) {
		return queries.parcel(CurrentUser.territoryId(), id, orgs, Languages.of(locale))
			.filter(p -> !p.preparing())
			.orElseThrow(() -> NotFoundException.of("parcel", id));
	}

}
