package org.relais.devices.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.Donation;
import org.relais.devices.stock.ErasureMethod;
import org.relais.devices.stock.ErasureRecord;
import org.relais.devices.stock.StockDesk;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritorySummary;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data erasure record of a device (method, tool, date, operator, verification), written until the device is
 * ready, and its certificate for the donor in the donor's language.
 */
@Controller
class ErasureController {

	private final StockDesk desk;

	private final StockPages pages;

	private final StockDocumentsPdf documents;

	ErasureController(StockDesk desk, StockPages pages, StockDocumentsPdf documents) {
		this.desk = desk;
		this.pages = pages;
		this.documents = documents;
	}

	@InitBinder("erasure")
	void messages(WebDataBinder binder) {
		StockPages.typeMismatchMessages(binder, "devices.erasure.typeMismatch.");
	}

	@GetMapping("/devices/{id}/erasure")
	String form(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		Device device = desk.device(me.currentTerritoryId(), id);
		ErasureRecord record = desk.erasure(id).orElse(null);
		ErasureForm form;
		if (record != null) {
			form = ErasureForm.of(record);
		}
		else {
			form = new ErasureForm();
			form.setPasses(1);
			form.setErasedOn(desk.today(me.currentTerritoryId()));
			form.setOperatorName(me.displayName());
		}
		model.addAttribute("erasure", form);
		return page(device, record, model);
	}

	@PostMapping("/devices/{id}/erasure")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("erasure") ErasureForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		Device device = desk.device(me.currentTerritoryId(), id);
		if (form.getMethod() == ErasureMethod.OVERWRITE && form.getPasses() == null
				&& !result.hasFieldErrors("passes")) {
			result.rejectValue("passes", "devices.erasure.validation.passes");
		}
		if (form.isVerified() && form.getVerifiedBy().isBlank() && !result.hasFieldErrors("verifiedBy")) {
			result.rejectValue("verifiedBy", "devices.erasure.validation.verifiedBy");
		}
		if (!result.hasErrors()) {
			try {
				desk.recordErasure(me.currentTerritoryId(), id, form.toDraft(), me.userId());
				redirect.addFlashAttribute("flash", "devices.erasure.flash.saved");
				return "redirect:/devices/" + id;
			}
			catch (DeviceRuleException ex) {
				StockPages.reject(result, ex);
			}
		}
		response.setStatus(422);
		return page(device, desk.erasure(id).orElse(null), model);
	}

	@GetMapping("/devices/{id}/erasure-certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		Device device = desk.device(me.currentTerritoryId(), id);
		ErasureRecord record = desk.erasure(id).orElseThrow(() -> NotFoundException.of("erasure", id));
		Donation donation = pages.donationOf(device);
		TerritorySummary territory = pages.territory(me);
		return StockPages.pdf("erasure-" + record.getCertificateNumber() + ".pdf", documents.certificate(device,
				record, donation, territory, StockPages.documentLocale(donation, territory)));
	}

	private String page(Device device, ErasureRecord record, Model model) {
		model.addAttribute("device", device);
		model.addAttribute("record", record);
		model.addAttribute("erasable", StockDesk.ERASABLE.contains(device.getState()));
		model.addAttribute("methods", ErasureMethod.values());
		if (record != null) {
			Map<UUID, String> names = pages.names(Arrays.asList(record.getRecordedBy(), record.getUpdatedBy()));
			ZoneId zone = ZoneId.of(pages.territory(CurrentUser.require()).timeZone());
			DateTimeFormatter when = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
			model.addAttribute("audit", new String[] { names.getOrDefault(record.getRecordedBy(), "–"),
					when.format(record.getRecordedAt()), names.getOrDefault(record.getUpdatedBy(), "–"),
					when.format(record.getUpdatedAt()) });
		}
		return "devices/stock/erasure";
	}

}
