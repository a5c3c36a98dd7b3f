package org.relais.subscription.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.subscription.kit.CommunicationKit;
import org.relais.subscription.kit.FlyerPdf;
import org.relais.subscription.kit.KitException;
import org.relais.subscription.kit.Kits;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The communication kit, for the territory admin and the coordinators: the desk's phone number and taglines, the
 * flyer PDFs (A4, A5, in each of the territory's languages), and "flyers renewed today".
 */
@Controller
class KitController {

	private final Kits kits;

	private final FlyerPdf flyers;

	private final TerritoryCatalog territories;

	KitController(Kits kits, FlyerPdf flyers, TerritoryCatalog territories) {
		this.kits = kits;
		this.flyers = flyers;
		this.territories = territories;
	}

	@GetMapping("/admin/kit")
	String page(Model model) {
		RelaisPrincipal me = SubscriptionAccess.requireKitEditor();
		Optional<CommunicationKit> kit = kits.kit(me.currentTerritoryId());
		model.addAttribute("form", kit.map(KitForm::of).orElseGet(KitForm::new));
		return page(me, model);
	}

	@PostMapping("/admin/kit")
	String save(@ModelAttribute("form") KitForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		RelaisPrincipal me = SubscriptionAccess.requireKitEditor();
		if (!Kits.validPhone(form.getDeskPhone())) {
			errors.rejectValue("deskPhone", "kit.error.phone");
		}
		if (!form.renewalBlank() && form.renewalDate() == null) {
			errors.rejectValue("lastRenewedOn", "kit.error.renewedDate");
		}
		if (!errors.hasErrors()) {
			try {
				kits.save(me.currentTerritoryId(), form.getDeskPhone(), form.getTaglines(), form.renewalDate(),
						me.userId());
			}
			catch (KitException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(422);
			return page(me, model);
		}
		flash.addFlashAttribute("flash", "kit.saved");
		return "redirect:/admin/kit";
	}

	@PostMapping("/admin/kit/renewed")
	String renewed(RedirectAttributes flash) {
		RelaisPrincipal me = SubscriptionAccess.requireKitEditor();
		try {
			kits.renewed(me.currentTerritoryId(), me.userId());
			flash.addFlashAttribute("flash", "kit.renewedSaved");
		}
		catch (KitException ex) {
			flash.addFlashAttribute("flash", ex.messageKey());
		}
		return "redirect:/admin/kit";
	}

	@GetMapping("/admin/kit/flyer.pdf")
	ResponseEntity<byte[]> flyer(@RequestParam(defaultValue = "A4") String format,
			@RequestParam(required = false) String lang, Locale locale) {
		RelaisPrincipal me = SubscriptionAccess.requireKitEditor();
		TerritorySummary territory = territories.find(me.currentTerritoryId()).orElseThrow();
		FlyerPdf.Format size = FlyerPdf.Format.parse(format);
		String language = lang == null || lang.isBlank() ? territory.defaultLanguage() : lang.strip();
		if (size == null || !territory.languages().contains(language)) {
			throw NotFoundException.of("flyer", format + "/" + language);
		}
		CommunicationKit kit = kits.kit(territory.id()).orElse(null);
		byte[] pdf = flyers.render(territory, kit, kits.territoryUrl(territory), size, language);
		return SubscriptionController.pdf("flyer-" + territory.slug() + "-" + size.name() + "-" + language + ".pdf",
				pdf);
	}

	private String page(RelaisPrincipal me, Model model) {
		TerritorySummary territory = territories.find(me.currentTerritoryId()).orElseThrow();
		Optional<CommunicationKit> kit = kits.kit(territory.id());
		model.addAttribute("territory", territory);
		model.addAttribute("kit", kit.orElse(null));
		model.addAttribute("nextReminder", kit.map(kits::nextReminder).orElse(null));
		model.addAttribute("url", kits.territoryUrl(territory));
		model.addAttribute("formats", FlyerPdf.Format.values());
		return "subscription/kit";
	}

}
