package org.relais.devices.shipment;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.shipment.ShipmentViews.BatchView;
import org.relais.devices.shipment.ShipmentViews.ParcelView;
import org.relais.devices.web.DevicesAccess;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationContact;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
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
 * The staff's shipment pages: the next cut-off with a preview of the next batch (what it would take, what would
 * wait), "prepare the batch now" and the list of batches; a batch with its parcels, where orders are removed while
 * it is proposed, it is packed or discarded, and each parcel gets its tracking number, its delivery note and is
 * marked shipped.
 */
@Controller
class ShipmentController {

	static final int TRACKING_MAX = 100;

	private final Shipments shipments;

	private final ShipmentQueries queries;

	private final DeliveryNotePdf notes;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final DeviceProgramme programme;

	private final MessageSource messages;

	ShipmentController(Shipments shipments, ShipmentQueries queries, DeliveryNotePdf notes,
			DirectoryCatalog directory, TerritoryCatalog territories, DeviceProgramme programme,
			MessageSource messages) {
		this.shipments = shipments;
		this.queries = queries;
		this.notes = notes;
		this.directory = directory;
		this.territories = territories;
		this.programme = programme;
		this.messages = messages;
	}

	@GetMapping("/devices/shipments")
	String index(Model model, Locale locale) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		return index(me, model, locale);
	}

	private String index(RelaisPrincipal me, Model model, Locale locale) {
		model.addAttribute("preview", queries.preview(me.currentTerritoryId(), Languages.of(locale)));
		model.addAttribute("batches", queries.batches(me.currentTerritoryId()));
		return "devices/shipments";
	}

	@PostMapping("/devices/shipments/prepare")
	String prepare(Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		try {
			UUID id = shipments.prepare(me.currentTerritoryId(), me.userId());
			flash.addFlashAttribute("flash", "devices.shipment.flash.prepared");
			return "redirect:/devices/shipments/" + id;
		}
		catch (DeviceRuleException refused) {
			response.setStatus(409);
			model.addAttribute("prepareError", text(refused, locale));
			return index(me, model, locale);
		}
	}

	@GetMapping("/devices/shipments/{id}")
	String batch(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		model.addAttribute("batch", batchOf(me, id, locale));
		model.addAttribute("trackingMax", TRACKING_MAX);
		return "devices/shipment";
	}

	@PostMapping("/devices/shipments/{id}/confirm")
	String confirm(@PathVariable UUID id, Locale locale, RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		batchOf(me, id, locale);
		return act(id, locale, flash, "devices.shipment.flash.confirmed",
				() -> shipments.confirm(me.currentTerritoryId(), id, me.userId()));
	}

	@PostMapping("/devices/shipments/{id}/discard")
	String discard(@PathVariable UUID id, Locale locale, RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		batchOf(me, id, locale);
		try {
			shipments.discard(me.currentTerritoryId(), id, me.userId());
			flash.addFlashAttribute("flash", "devices.shipment.flash.discarded");
			return "redirect:/devices/shipments";
		}
		catch (DeviceRuleException refused) {
			flash.addFlashAttribute("actionError", text(refused, locale));
			return "redirect:/devices/shipments/" + id;
		}
	}

	@PostMapping("/devices/shipments/{id}/orders/{orderId}/remove")
	String removeOrder(@PathVariable UUID id, @PathVariable UUID orderId, Locale locale, RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		batchOf(me, id, locale);
		return act(id, locale, flash, "devices.shipment.flash.removed",
				() -> shipments.removeOrder(me.currentTerritoryId(), id, orderId, me.userId()));
	}

	@PostMapping("/devices/shipments/{id}/parcels/{parcelId}/ship")
	String ship(@PathVariable UUID id, @PathVariable UUID parcelId,
			@RequestParam(required = false) String trackingNumber, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		BatchView batch = batchOf(me, id, locale);
		parcelOf(batch, parcelId);
		String tracking = trackingNumber == null ? "" : trackingNumber.strip();
		String error = tracking.isEmpty() ? "devices.parcel.error.trackingRequired"
				: tracking.length() > TRACKING_MAX ? "devices.parcel.error.trackingLong" : null;
		if (error == null) {
			try {
				shipments.ship(me.currentTerritoryId(), id, parcelId, tracking, me.userId());
				flash.addFlashAttribute("flash", "devices.shipment.flash.shipped");
				return "redirect:/devices/shipments/" + id + "#parcel-" + parcelId;
			}
			catch (DeviceRuleException refused) {
				model.addAttribute("actionError", text(refused, locale));
			}
		}
		else {
			model.addAttribute("trackingErrorText", messages.getMessage(error, new Object[] { TRACKING_MAX }, locale));
			model.addAttribute("trackingErrorParcel", parcelId);
		}
		response.setStatus(422);
		model.addAttribute("trackingValue", tracking);
		model.addAttribute("batch", batchOf(me, id, locale));
		model.addAttribute("trackingMax", TRACKING_MAX);
		return "devices/shipment";
	}

	@GetMapping("/devices/shipments/{id}/parcels/{parcelId}/delivery-note.pdf")
	ResponseEntity<byte[]> deliveryNote(@PathVariable UUID id, @PathVariable UUID parcelId, Locale locale) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		TerritorySummary territory = territories.find(me.currentTerritoryId()).orElseThrow();
		BatchView batch = batchOf(me, id, locale);
		parcelOf(batch, parcelId);
		String language = directory.organisationContact(parcelOf(batch, parcelId).organisationId())
			.map(OrganisationContact::language)
			.filter(Languages.SUPPORTED::contains)
			.orElse(territory.defaultLanguage());
		ParcelView parcel = queries.parcel(me.currentTerritoryId(), parcelId, null, language).orElseThrow();
		byte[] pdf = notes.render(parcel, territory.name(language), programme.zone(me.currentTerritoryId()),
				Languages.locale(language));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("delivery-note-" + parcelId + ".pdf").build().toString())
			.body(pdf);
	}

	private String act(UUID id, Locale locale, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("flash", done);
		}
		catch (DeviceRuleException refused) {
			flash.addFlashAttribute("actionError", text(refused, locale));
		}
		return "redirect:/devices/shipments/" + id;
	}

	private BatchView batchOf(RelaisPrincipal me, UUID id, Locale locale) {
		return queries.batch(me.currentTerritoryId(), id, Languages.of(locale))
			.orElseThrow(() -> NotFoundException.of("shipment", id));
	}

	private static ParcelView parcelOf(BatchView batch, UUID parcelId) {
		return batch.parcels()
			.stream()
			.filter(p -> p.id().equals(parcelId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("parcel", parcelId));
	}

	String text(DeviceRuleException refused, Locale locale) {
		return messages.getMessage(refused.messageKey(), refused.args(), locale);
	}

}
