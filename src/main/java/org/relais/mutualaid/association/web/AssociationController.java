package org.relais.mutualaid.association.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.association.AssociationProfile;
import org.relais.mutualaid.association.AssociationSpace;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An association's space in mutual aid, for its members: take part or not and the action types it answers; vouch
 * for its members who are volunteers (their name then shows with the association's logo and name) or withdraw; a
 * link to publish an event in the agenda with the association as organiser. A member of several associations
 * chooses one ({@code org}); anybody else gets a 404.
 */
@Controller
class AssociationController {

	static final String BASE = "/partner/mutualaid/association";

	private final AssociationChoice choice;

	private final AssociationSpace space;

	private final org.springframework.context.MessageSource messages;

	AssociationController(AssociationChoice choice, AssociationSpace space,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.choice = choice;
		this.space = space;
	}

	@GetMapping(BASE)
	String show(@RequestParam(required = false) String org, Model model) {
		RelaisPrincipal me = CurrentUser.require();
		OrganisationRef association = choice.chosen(me, org);
		model.addAttribute("form", stored(me, association));
		return page(me, association, model);
	}

	@PostMapping(BASE)
	String save(@RequestParam(required = false) String org, @ModelAttribute("form") AssociationForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RelaisPrincipal me = CurrentUser.require();
		OrganisationRef association = choice.chosen(me, org);
		try {
			space.save(me.currentTerritoryId(), association.id(), form.isActive(), form.types(), me.userId());
		}
		catch (MutualAidException e) {
			MutualAidForms.reject(result, e);
			response.setStatus(422);
			return page(me, association, model);
		}
		redirect.addFlashAttribute("flash", "mutualaid.association.flash.saved");
		return "redirect:" + BASE + "?org=" + association.id();
	}

	@PostMapping(BASE + "/vouching")
	String vouch(@RequestParam(required = false) String org, @RequestParam(required = false) UUID volunteer,
			@RequestParam(required = false) String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect, java.util.Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		OrganisationRef association = choice.chosen(me, org);
		try {
			if ("withdraw".equals(action)) {
				space.withdraw(me.currentTerritoryId(), association.id(), volunteer);
				redirect.addFlashAttribute("flash", "mutualaid.association.flash.withdrawn");
			}
			else {
				space.vouch(me.currentTerritoryId(), association.id(), volunteer);
				redirect.addFlashAttribute("flash", "mutualaid.association.flash.vouched");
			}
		}
		catch (MutualAidException e) {
			model.addAttribute("form", stored(me, association));
			model.addAttribute("vouchError", messages.getMessage(e.messageKey(), e.args(), locale));
			response.setStatus(422);
			return page(me, association, model);
		}
		return "redirect:" + BASE + "?org=" + association.id();
	}

	private AssociationForm stored(RelaisPrincipal me, OrganisationRef association) {
		AssociationForm form = new AssociationForm();
		space.profile(me.currentTerritoryId(), association.id()).ifPresent(p -> {
			form.setActive(p.isActive());
			form.setActionTypes(p.getActionTypes().stream().map(ActionType::name).toList());
		});
		return form;
	}

	private String page(RelaisPrincipal me, OrganisationRef association, Model model) {
		model.addAttribute("association", association);
		model.addAttribute("associations", choice.associations(me));
		model.addAttribute("types", List.of(ActionType.values()).stream().map(ActionType::name).toList());
		model.addAttribute("members", space.members(me.currentTerritoryId(), association.id()));
		model.addAttribute("profile", space.profile(me.currentTerritoryId(), association.id())
			.map(AssociationProfile::isActive)
			.orElse(null));
		return "mutualaid/association/space";
	}

}
