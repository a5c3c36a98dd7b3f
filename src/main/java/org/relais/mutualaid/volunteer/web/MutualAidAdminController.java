package org.relais.mutualaid.volunteer.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.CharterRepository;
import org.relais.mutualaid.charter.Charters;
import org.relais.mutualaid.proof.ProofTypeSettings;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteers;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The territory admin's charter (the current version and its history; publishing a new version, which every
 * volunteer must sign again, is announced to the active volunteers) and proof types (defaults shown until the first
 * change; add a type, change what a type is required for, whether it is required and active).
 */
@Controller
class MutualAidAdminController {

	private final Charters charters;

	private final CharterRepository charterRepository;

	private final Volunteers volunteers;

	private final ProofTypeSettings proofTypeSettings;

	private final VolunteerPages pages;

	private final MutualAid mutualAid;

	MutualAidAdminController(Charters charters, CharterRepository charterRepository, Volunteers volunteers,
			ProofTypeSettings proofTypeSettings, VolunteerPages pages, MutualAid mutualAid) {
		this.mutualAid = mutualAid;
		this.charters = charters;
		this.charterRepository = charterRepository;
		this.volunteers = volunteers;
		this.proofTypeSettings = proofTypeSettings;
		this.pages = pages;
	}

	@GetMapping("/admin/mutualaid/charter")
	String charter(Model model) {
		RelaisPrincipal me = MutualAidAccess.requireAdmin();
		UUID t = me.currentTerritoryId();
		Map<String, String> texts = new LinkedHashMap<>();
		Charter current = charters.current(t).orElse(null);
		for (String lang : pages.languages(t)) {
			texts.put(lang, current == null ? "" : current.getTexts().getOrDefault(lang, ""));
		}
		return charterPage(t, texts, model);
	}

	@PostMapping("/admin/mutualaid/charter")
	String publish(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireAdmin();
		UUID t = me.currentTerritoryId();
		Map<String, String> texts = new LinkedHashMap<>();
		for (String lang : pages.languages(t)) {
			texts.put(lang, params.getOrDefault("text_" + lang, ""));
		}
		try {
			Charter c = volunteers.publishCharter(t, texts, me.userId());
			flash.addFlashAttribute("flash", "mutualaid.charter.admin.published");
			flash.addFlashAttribute("publishedVersion", c.getVersionNumber());
			return "redirect:/admin/mutualaid/charter";
		}
		catch (MutualAidException ex) {
			response.setStatus(422);
			model.addAttribute("errorField", ex.field());
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArgs", ex.args());
			return charterPage(t, texts, model);
		}
	}

	private String charterPage(UUID t, Map<String, String> texts, Model model) {
		model.addAttribute("texts", texts);
		model.addAttribute("maxText", Charters.MAX_TEXT);
		model.addAttribute("zone", mutualAid.zone(t));
		model.addAttribute("history", charterRepository.findByTerritoryIdOrderByVersionNumberDesc(t));
		return "mutualaid/volunteers/admin-charter";
	}

	@GetMapping("/admin/mutualaid/proofs")
	String proofs(Model model) {
		RelaisPrincipal me = MutualAidAccess.requireAdmin();
		return proofsPage(me.currentTerritoryId(), model);
	}

	@PostMapping("/admin/mutualaid/proofs")
	String addProof(@RequestParam(required = false) String name,
			@RequestParam(required = false) List<String> actionTypes,
			@RequestParam(defaultValue = "false") boolean required,
			@RequestParam(defaultValue = "false") boolean expiryRequired, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireAdmin();
		try {
			proofTypeSettings.add(me.currentTerritoryId(), name, types(actionTypes), required, expiryRequired);
		}
		catch (MutualAidException ex) {
			response.setStatus(422);
			model.addAttribute("addError", ex.messageKey());
			model.addAttribute("addErrorField", ex.field());
			model.addAttribute("addErrorArgs", ex.args());
			model.addAttribute("name", name);
			return proofsPage(me.currentTerritoryId(), model);
		}
		flash.addFlashAttribute("flash", "mutualaid.proofs.admin.added");
		return "redirect:/admin/mutualaid/proofs";
	}

	@PostMapping("/admin/mutualaid/proofs/change")
	String changeProof(@RequestParam String code, @RequestParam(required = false) List<String> actionTypes,
			@RequestParam(defaultValue = "false") boolean required,
			@RequestParam(defaultValue = "false") boolean active,
			@RequestParam(defaultValue = "false") boolean expiryRequired, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireAdmin();
		try {
			proofTypeSettings.change(me.currentTerritoryId(), code, types(actionTypes), required, active,
					expiryRequired);
		}
		catch (MutualAidException ex) {
			response.setStatus(422);
			model.addAttribute("changeError", ex.messageKey());
			model.addAttribute("changeCode", code);
			return proofsPage(me.currentTerritoryId(), model);
		}
		flash.addFlashAttribute("flash", "mutualaid.proofs.admin.changed");
		return "redirect:/admin/mutualaid/proofs";
	}

	private String proofsPage(UUID t, Model model) {
		model.addAttribute("types", pages.proofTypes(t).values());
		model.addAttribute("actionTypes", List.of(ActionType.values()));
		return "mutualaid/volunteers/admin-proofs";
	}

	private static Set<ActionType> types(List<String> codes) {
		Set<ActionType> set = EnumSet.noneOf(ActionType.class);
		if (codes != null) {
			set.addAll(ActionType.parse(String.join(",", codes)));
		}
		return set;
	}

}
