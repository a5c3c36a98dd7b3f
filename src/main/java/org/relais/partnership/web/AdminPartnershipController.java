package org.relais.partnership.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.partnership.PartnershipStatus;
import org.relais.partnership.domain.ContractTemplates;
import org.relais.partnership.domain.PartnershipRejected;
import org.relais.partnership.domain.PartnershipRequest;
import org.relais.partnership.domain.Partnerships;
import org.relais.partnership.domain.Partnerships.Actor;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The territory admin's side of partner onboarding: the requests by status, a request's page with its actions
 * (take in review, ask for changes, refuse, send the contract, activate) and documents, and the contract templates
 * per language. Only the admins of the request's territory reach it; any other id is a 404.
 */
@Controller
class AdminPartnershipController {

	private final Partnerships partnerships;

	private final ContractTemplates templates;

	private final TerritoryCatalog territories;

	AdminPartnershipController(Partnerships partnerships, ContractTemplates templates, TerritoryCatalog territories) {
		this.partnerships = partnerships;
		this.templates = templates;
		this.territories = territories;
	}

	@GetMapping("/admin/partnerships")
	String list(@RequestParam(required = false) String status, Model model) {
		RelaisPrincipal me = admin();
		List<PartnershipRequest> all = partnerships.list(me.currentTerritoryId());
		Map<PartnershipStatus, List<PartnershipRequest>> byStatus = new LinkedHashMap<>();
		for (PartnershipStatus s : PartnershipStatus.values()) {
			byStatus.put(s, all.stream().filter(r -> r.getStatus() == s).toList());
		}
		PartnershipStatus selected = Arrays.stream(PartnershipStatus.values())
			.filter(s -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("selected", selected);
		model.addAttribute("shown", selected == null ? all : byStatus.get(selected));
		model.addAttribute("zone", zone(me));
		return "partnership/admin-list";
	}

	@GetMapping("/admin/partnerships/{id}")
	String detail(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = admin();
		return detailPage(model, me, partnerships.get(me.currentTerritoryId(), id));
	}

	@PostMapping("/admin/partnerships/{id}/review")
	String review(@PathVariable UUID id, RedirectAttributes flash) {
		RelaisPrincipal me = admin();
		return act(id, flash, "partnership.admin.flash.review",
				() -> partnerships.startReview(me.currentTerritoryId(), id, actor(me)));
	}

	@PostMapping("/admin/partnerships/{id}/changes")
	String changes(@PathVariable UUID id, @RequestParam(required = false) String message, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = admin();
		return noted(me, id, "changes", message, model, response, flash,
				() -> partnerships.askChanges(me.currentTerritoryId(), id, message, actor(me)));
	}

	@PostMapping("/admin/partnerships/{id}/refuse")
	String refuse(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = admin();
		return noted(me, id, "refused", reason, model, response, flash,
				() -> partnerships.refuse(me.currentTerritoryId(), id, reason, actor(me)));
	}

	/** A decision with a text (changes asked, refusal): back to the page with the message, or the text's error. */
	private String noted(RelaisPrincipal me, UUID id, String what, String text, Model model,
			HttpServletResponse response, RedirectAttributes flash, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("flash", "partnership.admin.flash." + what);
			return "redirect:/admin/partnerships/" + id;
		}
		catch (PartnershipRejected ex) {
			PartnershipRequest r = partnerships.get(me.currentTerritoryId(), id);
			response.setStatus(422);
			model.addAttribute(what + "Error", ex.messageKey());
			model.addAttribute(what + "Text", text);
			return detailPage(model, me, r);
		}
	}

	@PostMapping("/admin/partnerships/{id}/contract")
	String sendContract(@PathVariable UUID id, RedirectAttributes flash) {
		RelaisPrincipal me = admin();
		return act(id, flash, "partnership.admin.flash.contractSent",
				() -> partnerships.sendContract(me.currentTerritoryId(), id, actor(me)));
	}

	@PostMapping("/admin/partnerships/{id}/activate")
	String activate(@PathVariable UUID id, RedirectAttributes flash) {
		RelaisPrincipal me = admin();
		return act(id, flash, "partnership.admin.flash.activated",
				() -> partnerships.activate(me.currentTerritoryId(), id, actor(me)));
	}

	@GetMapping("/admin/partnerships/{id}/contract.pdf")
	ResponseEntity<byte[]> contract(@PathVariable UUID id) {
		RelaisPrincipal me = admin();
		return JoinController.document(partnerships.get(me.currentTerritoryId(), id), false, partnerships);
	}

	@GetMapping("/admin/partnerships/{id}/signed")
	ResponseEntity<byte[]> signed(@PathVariable UUID id) {
		RelaisPrincipal me = admin();
		return JoinController.document(partnerships.get(me.currentTerritoryId(), id), true, partnerships);
	}

	@GetMapping("/admin/partnerships/contract")
	String template(@RequestParam(required = false) String language, Model model) {
		RelaisPrincipal me = admin();
		TerritorySummary t = territory(me);
		String lang = t.languages().contains(language) ? language : t.defaultLanguage();
		ContractTemplates.Current current = templates.current(t.id(), lang);
		if (!model.containsAttribute("body")) {
			model.addAttribute("body", current.body());
		}
		model.addAttribute("language", lang);
		model.addAttribute("languages", t.languages());
		model.addAttribute("version", current.version());
		model.addAttribute("placeholderList",
				String.join(", ", ContractTemplates.PLACEHOLDERS.stream().map(p -> "{" + p + "}").toList()));
		return "partnership/admin-template";
	}

	@PostMapping("/admin/partnerships/contract")
	String saveTemplate(@RequestParam(required = false) String language, @RequestParam(required = false) String body,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = admin();
		TerritorySummary t = territory(me);
		if (!t.languages().contains(language)) {
			throw NotFoundException.of("language", String.valueOf(language));
		}
		try {
			int version = templates.save(t.id(), language, body, me.userId());
			flash.addFlashAttribute("flash", "partnership.template.flash.saved");
			flash.addFlashAttribute("savedVersion", version);
			return "redirect:/admin/partnerships/contract?language=" + language;
		}
		catch (PartnershipRejected ex) {
			response.setStatus(422);
			model.addAttribute("bodyError", ex.messageKey());
			model.addAttribute("body", body);
			return template(language, model);
		}
	}

	private String act(UUID id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("flash", done);
		}
		catch (PartnershipRejected ex) {
			flash.addFlashAttribute("flash", ex.messageKey());
		}
		return "redirect:/admin/partnerships/" + id;
	}

	private String detailPage(Model model, RelaisPrincipal me, PartnershipRequest r) {
		model.addAttribute("request", r);
		model.addAttribute("steps", partnerships.history(r.getId()));
		model.addAttribute("invitations", partnerships.invitationsOf(r.getId()));
		model.addAttribute("zone", zone(me));
		return "partnership/admin-detail";
	}

	private static Actor actor(RelaisPrincipal me) {
		return new Actor(me.userId(), me.displayName());
	}

	private ZoneId zone(RelaisPrincipal me) {
		return ZoneId.of(territory(me).timeZone());
	}

	private TerritorySummary territory(RelaisPrincipal me) {
		return territories.find(me.currentTerritoryId())
			.orElseThrow(() -> NotFoundException.of("territory", me.currentTerritoryId()));
	}

	/** The signed-in admin of the current territory; anybody else gets a 404 (the security filter answers first). */
	private static RelaisPrincipal admin() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null || !me.has(Role.TERRITORY_ADMIN)) {
			throw NotFoundException.of("partnership", "route");
		}
		return me;
	}

}
