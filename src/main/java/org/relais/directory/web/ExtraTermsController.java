package org.relais.directory.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.directory.domain.ExtraTerm;
import org.relais.directory.domain.ExtraTermRepository;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Taxonomy;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instance admin extends the data·inclusion needs and publics with the territory programmes' own terms (device
 * lending, conviviality visits…), labelled in fr, de, it and en. Under /platform: platform admins only.
 */
@Controller
class ExtraTermsController {

	private final ExtraTermRepository terms;

	private final Taxonomy taxonomy;

	private final TransactionTemplate tx;

	ExtraTermsController(ExtraTermRepository terms, Taxonomy taxonomy, TransactionTemplate tx) {
		this.terms = terms;
		this.taxonomy = taxonomy;
		this.tx = tx;
	}

	@ModelAttribute("taxonomies")
	List<String> taxonomies() {
		return List.of("needs", "publics");
	}

	@ModelAttribute("categories")
	List<String> categories() {
		return taxonomy.needCategories().stream().map(Taxonomy.Category::code).toList();
	}

	@GetMapping("/platform/directory/terms")
	String list(Model model) {
		if (!model.containsAttribute("extraTermForm")) {
			model.addAttribute("extraTermForm", new ExtraTermForm());
		}
		return page(model);
	}

	@PostMapping("/platform/directory/terms")
	String add(@Valid @ModelAttribute("extraTermForm") ExtraTermForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		boolean need = "needs".equals(form.getTaxonomy());
		if (need && !categories().contains(form.getCategory())) {
			result.rejectValue("category", "directory.terms.categoryRequired");
		}
		String code = need ? form.getCategory() + "--" + form.getCode() : form.getCode();
		if (!result.hasFieldErrors("code") && !result.hasFieldErrors("taxonomy") && !result.hasFieldErrors("category")
				&& (terms.findByCode(code).isPresent() || taxonomy.isValid(Taxonomy.Vocabulary.NEEDS, code)
						|| taxonomy.isValid(Taxonomy.Vocabulary.PUBLICS, code))) {
			result.rejectValue("code", "directory.terms.codeTaken");
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(model);
		}
		LocalizedText label = LocalizedText.of(Map.of("fr", form.getLabelFr().strip(), "de", form.getLabelDe().strip(),
				"it", form.getLabelIt().strip(), "en", form.getLabelEn().strip()));
		tx.executeWithoutResult(s -> terms.save(new ExtraTerm(form.getTaxonomy(), code, need ? form.getCategory() : null,
				label)));
		taxonomy.refresh();
		flash.addFlashAttribute("flash", "directory.terms.added");
		return "redirect:/platform/directory/terms";
	}

	private String page(Model model) {
		model.addAttribute("needs", terms.findByTaxonomyOrderByCode("needs"));
		model.addAttribute("publics", terms.findByTaxonomyOrderByCode("publics"));
		return "directory/terms";
	}

}
