package org.relais.territory.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.platform.CurrentUser;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritorySummary;
import org.relais.territory.domain.InvalidInput;
import org.relais.territory.domain.Territories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The territory admin's settings: languages offered, two-factor for staff, logo. */
@Controller
class AdminTerritoryController {

	private final Territories territories;

	private final StoredFiles files;

	AdminTerritoryController(Territories territories, StoredFiles files) {
		this.territories = territories;
		this.files = files;
	}

	@ModelAttribute("allLanguages")
	List<String> allLanguages() {
		return Languages.SUPPORTED;
	}

	@GetMapping("/admin/territory")
	String settings(Model model) {
		TerritorySummary t = current();
		SettingsForm form = new SettingsForm();
		form.setDefaultLanguage(t.defaultLanguage());
		form.setLanguages(new ArrayList<>(t.languages()));
		form.setStaffTwoFactorRequired(
				CurrentUser.require().currentMembership().map(m -> m.staffTwoFactorRequired()).orElse(false));
		model.addAttribute("settingsForm", form);
		return page(model, t);
	}

	private String page(Model model, TerritorySummary t) {
		model.addAttribute("territory", t);
		return "territory/admin-territory";
	}

	@PostMapping("/admin/territory")
	String save(@Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		TerritorySummary t = current();
		if (!result.hasErrors()) {
			try {
				territories.changeSettings(t.id(), form.isStaffTwoFactorRequired(), form.getDefaultLanguage(),
						form.getLanguages());
				flash.addFlashAttribute("flash", "territory.settings.saved");
				return "redirect:/admin/territory";
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(422);
		return page(model, t);
	}

	@PostMapping("/admin/territory/logo")
	String logo(@RequestParam(name = "logo", required = false) MultipartFile logo, RedirectAttributes flash)
			throws IOException {
		TerritorySummary t = current();
		if (logo == null || logo.isEmpty()) {
			flash.addFlashAttribute("logoError", "platform.upload.empty");
			return "redirect:/admin/territory";
		}
		try {
			StoredFile stored = files.store(t.id(), logo.getOriginalFilename(), logo.getInputStream(), logo.getSize(),
					Set.of(StoredFiles.Kind.IMAGE), true);
			UUID previous = t.logoFileId();
			territories.changeLogo(t.id(), stored.id());
			if (previous != null) {
				files.delete(previous);
			}
			flash.addFlashAttribute("flash", "territory.settings.logoSaved");
		}
		catch (StoredFiles.FileRejectedException ex) {
			flash.addFlashAttribute("logoError", ex.messageKey());
		}
		return "redirect:/admin/territory";
	}

	private TerritorySummary current() {
		UUID id = CurrentUser.territoryId();
		return territories.find(id).orElseThrow(() -> NotFoundException.of("territory", id));
	}

}
