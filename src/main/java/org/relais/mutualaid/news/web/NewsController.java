package org.relais.mutualaid.news.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.news.AssociationNews;
import org.relais.mutualaid.news.NewsDesk;
import org.relais.mutualaid.news.NewsVisibility;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading associations' news: the territory's public page (public items, newest first, ten a page, with the
 * association's name and logo) and an item's page, without signing in; the members of the territory also read the
 * items for partners on {@code /mutualaid/news}.
 */
@Controller
class NewsController {

	private final NewsDesk news;

	private final TerritoryCatalog territories;

	private final DirectoryCatalog directory;

	NewsController(NewsDesk news, TerritoryCatalog territories, DirectoryCatalog directory) {
		this.news = news;
		this.territories = territories;
		this.directory = directory;
	}

	@GetMapping("/t/{slug}/news")
	String publicList(@PathVariable String slug, @RequestParam(defaultValue = "0") String page, Model model,
			Locale locale) {
		TerritorySummary territory = territory(slug);
		String base = "/t/" + territory.slug() + "/news";
		return list(territory, EnumSet.of(NewsVisibility.PUBLIC), page, base, locale, model);
	}

	@GetMapping("/t/{slug}/news/{id}")
	String publicItem(@PathVariable String slug, @PathVariable UUID id, Model model, Locale locale) {
		TerritorySummary territory = territory(slug);
		AssociationNews item = news.publishedItem(territory.id(), EnumSet.of(NewsVisibility.PUBLIC), id)
			.orElseThrow(() -> NotFoundException.of("news", id));
		model.addAttribute("territory", territory);
		model.addAttribute("item", item);
		model.addAttribute("association", organisation(territory.id(), item.getOrganisationId(), locale,
				new HashMap<>()));
		model.addAttribute("territoryName", territory.name(locale.getLanguage()));
		return "mutualaid/news/item";
	}

	@GetMapping("/mutualaid/news")
	String membersList(@RequestParam(defaultValue = "0") String page, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null) {
			throw NotFoundException.of("news", "territory");
		}
		TerritorySummary territory = territories.find(me.currentTerritoryId())
			.orElseThrow(() -> NotFoundException.of("territory", me.currentTerritoryId()));
		return list(territory, EnumSet.allOf(NewsVisibility.class), page, "/mutualaid/news", locale, model);
	}

	private String list(TerritorySummary territory, Set<NewsVisibility> visibilities, String rawPage, String base,
			Locale locale, Model model) {
		int page = rawPage != null && rawPage.matches("\\d{1,6}") ? Integer.parseInt(rawPage) : 0;
		Page<AssociationNews> items = news.published(territory.id(), visibilities, page);
		Map<UUID, OrganisationRef> orgs = new HashMap<>();
		for (AssociationNews n : items) {
			organisation(territory.id(), n.getOrganisationId(), locale, orgs);
		}
		model.addAttribute("territory", territory);
		model.addAttribute("territoryName", territory.name(locale.getLanguage()));
		model.addAttribute("items", items.getContent());
		model.addAttribute("organisations", orgs);
		model.addAttribute("base", base);
		model.addAttribute("members", base.startsWith("/mutualaid"));
		model.addAttribute("previousUrl", page > 0 ? base + "?page=" + (page - 1) : null);
		model.addAttribute("nextUrl", items.hasNext() ? base + "?page=" + (page + 1) : null);
		return "mutualaid/news/list";
	}

	private OrganisationRef organisation(UUID territoryId, UUID id, Locale locale, Map<UUID, OrganisationRef> cache) {
		return cache.computeIfAbsent(id, k -> directory.organisation(territoryId, k, locale.getLanguage())
			.orElse(new OrganisationRef(k, "", "ASSOCIATION", null)));
	}

	private TerritorySummary territory(String slug) {
		return territories.findBySlug(slug).orElseThrow(() -> NotFoundException.of("territory", slug));
	}

}
