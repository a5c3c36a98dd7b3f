package org.relais.mutualaid.news.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.association.web.AssociationChoice;
import org.relais.mutualaid.association.web.MutualAidForms;
import org.relais.mutualaid.news.AssociationNews;
import org.relais.mutualaid.news.NewsDesk;
import org.relais.mutualaid.news.NewsVisibility;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An association's news, for its members: the list, a new item, changing or deleting one (only items of their
 * associations of the current territory; anything else is a 404).
 */
@Controller
class PartnerNewsController {

	static final String BASE = "/partner/mutualaid/news";

	private final AssociationChoice choice;

	private final NewsDesk news;

	private final DirectoryCatalog directory;

	PartnerNewsController(AssociationChoice choice, NewsDesk news, DirectoryCatalog directory) {
		this.choice = choice;
		this.news = news;
		this.directory = directory;
	}

	@GetMapping(BASE)
	String list(@RequestParam(required = false) String org, Model model) {
		RelaisPrincipal me = CurrentUser.require();
		List<OrganisationRef> mine = choice.associations(me);
		Map<UUID, String> names = mine.stream().collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
		List<AssociationNews> items = mine.stream()
			.flatMap(o -> news.ofOrganisation(me.currentTerritoryId(), o.id()).stream())
			.sorted(java.util.Comparator.comparing(AssociationNews::getPublishedOn).reversed())
			.toList();
		model.addAttribute("items", items);
		model.addAttribute("names", names);
		model.addAttribute("associations", mine);
		return "mutualaid/news/partner-list";
	}

	@GetMapping(BASE + "/new")
	String newForm(@RequestParam(required = false) String org, Model model) {
		RelaisPrincipal me = CurrentUser.require();
		OrganisationRef association = choice.chosen(me, org);
		model.addAttribute("form", new NewsForm());
		return form(me, association, null, model);
	}

	@PostMapping(BASE + "/new")
	String create(@RequestParam(required = false) String org, @ModelAttribute("form") NewsForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RelaisPrincipal me = CurrentUser.require();
		OrganisationRef association = choice.chosen(me, org);
		return save(me, association, null, form, result, model, response, redirect);
	}

	@GetMapping(BASE + "/{id}")
	String editForm(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = CurrentUser.require();
		AssociationNews item = editable(me, id);
		model.addAttribute("form", NewsForm.of(item));
		return form(me, association(me, item), item, model);
	}

	@PostMapping(BASE + "/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") NewsForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		RelaisPrincipal me = CurrentUser.require();
		AssociationNews item = editable(me, id);
		return save(me, association(me, item), item, form, result, model, response, redirect);
	}

	@PostMapping(BASE + "/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		RelaisPrincipal me = CurrentUser.require();
		news.delete(editable(me, id));
		redirect.addFlashAttribute("flash", "mutualaid.news.flash.deleted");
		return "redirect:" + BASE;
	}

	private String save(RelaisPrincipal me, OrganisationRef association, AssociationNews item, NewsForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				news.save(me.currentTerritoryId(), association.id(), item, form.draft(), me.userId());
				redirect.addFlashAttribute("flash", "mutualaid.news.flash.saved");
				return "redirect:" + BASE;
			}
			catch (MutualAidException e) {
				MutualAidForms.reject(result, e);
			}
		}
		response.setStatus(422);
		return form(me, association, item, model);
	}

	private String form(RelaisPrincipal me, OrganisationRef association, AssociationNews item, Model model) {
		model.addAttribute("association", association);
		model.addAttribute("item", item);
		model.addAttribute("visibilities", List.of(NewsVisibility.values()).stream().map(Enum::name).toList());
		return "mutualaid/news/form";
	}

	private AssociationNews editable(RelaisPrincipal me, UUID id) {
		java.util.Set<UUID> mine = choice.associations(me).stream().map(OrganisationRef::id)
			.collect(Collectors.toSet());
		return news.editable(me.currentTerritoryId(), mine, id).orElseThrow(() -> NotFoundException.of("news", id));
	}

	private OrganisationRef association(RelaisPrincipal me, AssociationNews item) {
		return directory.organisation(me.currentTerritoryId(), item.getOrganisationId(), me.language())
			.orElseThrow(() -> NotFoundException.of("news", item.getId()));
	}

}
