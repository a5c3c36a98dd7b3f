package org.relais.devices.web;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceRepository;
import org.relais.devices.stock.Donation;
import org.relais.devices.stock.DonationRepository;
import org.relais.devices.stock.DonorKind;
import org.relais.devices.stock.StockDesk;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.territory.TerritorySummary;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Donations: the list, the reception form, a donation's page with its devices (intake from there, labels), and
 * the receipt for the donor in the donor's language. Showing a private donor's contact is logged as a read of
 * personal data.
 */
@Controller
class DonationController {

	private final StockDesk desk;

	private final DonationRepository donations;

	private final DeviceRepository devices;

	private final StockPages pages;

	private final StockDocumentsPdf documents;

	private final PersonalDataAccessLog accessLog;

	DonationController(StockDesk desk, DonationRepository donations, DeviceRepository devices, StockPages pages,
			StockDocumentsPdf documents, PersonalDataAccessLog accessLog) {
		this.desk = desk;
		this.donations = donations;
		this.devices = devices;
		this.pages = pages;
		this.documents = documents;
		this.accessLog = accessLog;
	}

	@InitBinder("donationForm")
	void messages(WebDataBinder binder) {
		StockPages.typeMismatchMessages(binder, "devices.donation.typeMismatch.");
	}

	@GetMapping("/devices/donations")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		model.addAttribute("donations", donations.findByTerritoryIdOrderByReceivedOnDescCreatedAtDesc(
				me.currentTerritoryId(), PageRequest.of(Math.max(0, page), DeviceStockController.PAGE_SIZE)));
		return "devices/donation/list";
	}

	@GetMapping("/devices/donations/new")
	String newForm(Model model) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		DonationForm form = new DonationForm();
		form.setReceivedOn(desk.today(me.currentTerritoryId()));
		form.setDonorLanguage(pages.territory(me).defaultLanguage());
		model.addAttribute("donationForm", form);
		return formPage(model);
	}

	@PostMapping("/devices/donations")
	String create(@Valid @ModelAttribute("donationForm") DonationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		if (!result.hasErrors()) {
			try {
				Donation donation = desk.recordDonation(me.currentTerritoryId(), form.toDraft(), me.userId());
				redirect.addFlashAttribute("flash", "devices.donation.flash.created");
				return "redirect:/devices/donations/" + donation.getId();
			}
			catch (DeviceRuleException ex) {
				StockPages.reject(result, ex);
			}
		}
		response.setStatus(422);
		return formPage(model);
	}

	@GetMapping("/devices/donations/{id}")
	String show(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		Donation donation = desk.donation(me.currentTerritoryId(), id);
		logRead(donation);
		model.addAttribute("donation", donation);
		model.addAttribute("devices", devicesOf(donation));
		model.addAttribute("names", pages.names(Collections.singleton(donation.getCreatedBy())));
		model.addAttribute("zone", ZoneId.of(pages.territory(me).timeZone()));
		return "devices/donation/show";
	}

	@GetMapping("/devices/donations/{id}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable UUID id) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		Donation donation = desk.donation(me.currentTerritoryId(), id);
		logRead(donation);
		TerritorySummary territory = pages.territory(me);
		return StockPages.pdf("donation-" + donation.getReference() + ".pdf", documents.receipt(donation,
				devicesOf(donation), territory, StockPages.documentLocale(donation, territory)));
	}

	private List<Device> devicesOf(Donation donation) {
		return devices.findByDonationId(donation.getId())
			.stream()
			.sorted(Comparator.comparing(Device::getAssetTag))
			.toList();
	}

	private void logRead(Donation donation) {
		if (donation.getDonorKind() == DonorKind.PERSON) {
			accessLog.recordRead("donor", donation.getId(), "donation");
		}
	}

	private String formPage(Model model) {
		model.addAttribute("kinds", DonorKind.values());
		model.addAttribute("languages", Languages.SUPPORTED);
		return "devices/donation/form";
	}

}
