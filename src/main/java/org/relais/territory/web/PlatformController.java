package org.relais.territory.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.Languages;
import org.relais.territory.TerritoryKind;
import org.relais.territory.TerritorySummary;
import org.relais.territory.domain.InvalidInput;
import org.relais.territory.domain.Invitations;
import org.relais.territory.domain.Territories;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin's list of territories, and opening a new one with its first administrator. */
@Controller
class PlatformController {

	private final Territories territories;

	private final Invitations invitations;

	private final TransactionTemplate tx;

	PlatformController(Territories territories, Invitations invitations, TransactionTemplate tx) {
		this.territories = territories;
		this.invitations = invitations;
		this.tx = tx;
	}

	@ModelAttribute("kinds")
	List<TerritoryKind> kinds() {
		return Arrays.asList(TerritoryKind.values());
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return Languages.SUPPORTED;
	}

	@GetMapping("/platform/territories")
	String list(Model model) {
		model.addAttribute("territories", territories.all());
		if (!model.containsAttribute("newTerritoryForm")) {
			NewTerritoryForm form = new NewTerritoryForm();
			form.setDefaultLanguage(CurrentUser.require().language());
			form.setTimeZone("Europe/Paris");
			model.addAttribute("newTerritoryForm", form);
		}
		return "territory/platform-territories";
	}

	@PostMapping("/platform/territories")
	String create(@Valid @ModelAttribute("newTerritoryForm") NewTerritoryForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (!result.hasFieldErrors("defaultLanguage") && !Languages.isSupported(form.getDefaultLanguage())) {
			result.rejectValue("defaultLanguage", "territory.account.languageInvalid");
		}
		if (!result.hasFieldErrors("timeZone")) {
			try {
				ZoneId.of(form.getTimeZone());
			}
			catch (DateTimeException ex) {
				result.rejectValue("timeZone", "territory.platform.timeZoneInvalid");
			}
		}
		if (!result.hasErrors()) {
			try {
				RelaisPrincipal me = CurrentUser.require();
				tx.executeWithoutResult(s -> {
					String lang = form.getDefaultLanguage();
					TerritorySummary t = territories.create(form.getSlug(), Map.of(lang, form.getName().trim()),
							form.getCountry(), blankToNull(form.getOfficialCode()), null, form.getKind(),
							form.getPopulation(), lang, List.of(lang), form.getTimeZone());
					invitations.invite(t.id(), form.getAdminEmail(), form.getAdminName(), Set.of(Role.TERRITORY_ADMIN),
							lang, me.userId(), me.displayName());
				});
				flash.addFlashAttribute("flash", "territory.platform.created");
				return "redirect:/platform/territories";
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(422);
		model.addAttribute("territories", territories.all());
		return "territory/platform-territories";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
