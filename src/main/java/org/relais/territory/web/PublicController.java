package org.relais.territory.web;

import java.util.Locale;

import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: what Relais is, and the landing page of each territory. */
@Controller
class PublicController {

	private final TerritoryCatalog territories;

	PublicController(TerritoryCatalog territories) {
		this.territories = territories;
	}

	@GetMapping("/")
	String landing(Model model, Locale locale) {
		model.addAttribute("territories", territories.all());
		model.addAttribute("lang", Languages.of(locale));
		return "territory/landing";
	}

	@GetMapping("/t/{slug}")
	String territory(@PathVariable String slug, Model model, Locale locale) {
		TerritorySummary t = territories.findBySlug(slug).orElseThrow(() -> NotFoundException.of("territory", slug));
		model.addAttribute("territory", t);
		model.addAttribute("lang", Languages.of(locale));
		model.addAttribute("areas", territories.areas(t.id()));
		return "territory/public";
	}

}
