package org.relais.desk.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relais.desk.DeskRequestType;
import org.relais.desk.domain.DeskRequest;
import org.relais.desk.domain.DeskRequests;
import org.relais.desk.domain.DeskTypes;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public request form of a territory (no login): the request lands in the desk queue, from the web form, for
 * triage; the caller gets its reference. A honeypot field and a limit per client address keep robots out without a
 * third-party captcha.
 */
@Controller
class PublicDeskController {

	private final TerritoryCatalog territories;

	private final DeskTypes types;

	private final DeskRequests requests;

	private final DeskThrottle throttle;

	PublicDeskController(TerritoryCatalog territories, DeskTypes types, DeskRequests requests, DeskThrottle throttle) {
		this.territories = territories;
		this.types = types;
		this.requests = requests;
		this.throttle = throttle;
	}

	@GetMapping("/t/{slug}/request")
	String form(@PathVariable String slug, Model model) {
		TerritorySummary t = territory(slug);
		model.addAttribute("publicForm", new DeskPublicForm());
		return page(model, t);
	}

	@PostMapping("/t/{slug}/request")
	String send(@PathVariable String slug, @ModelAttribute("publicForm") DeskPublicForm form, BindingResult result,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes flash) {
		TerritorySummary t = territory(slug);
		if (form.isRobot()) {
			return "redirect:/t/" + t.slug() + "/request/sent";
		}
		form.check(result, needs(t));
		if (!result.hasErrors() && !throttle.tryAcquire(request.getRemoteAddr())) {
			result.reject("desk.public.error.tooMany");
			response.setStatus(429);
			return page(model, t);
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(model, t);
		}
		DeskRequest r = requests.takeFromWeb(t.id(),
				new DeskRequest.WebContact(form.getName().strip(), DeskPublicForm.strip(form.getPhone()),
						DeskPublicForm.strip(form.getEmail()), DeskPublicForm.strip(form.getPostalCode()),
						DeskPublicForm.OTHER.equals(form.getNeed()) ? null : form.getNeed(),
						DeskPublicForm.strip(form.getMessage()), Languages.of(locale)));
		flash.addFlashAttribute("reference", r.getReference());
		flash.addFlashAttribute("byMail", r.getContactEmail() != null);
		return "redirect:/t/" + t.slug() + "/request/sent";
	}

	@GetMapping("/t/{slug}/request/sent")
	String sent(@PathVariable String slug, Model model) {
		TerritorySummary t = territory(slug);
		model.addAttribute("territory", t);
		return "desk/public-sent";
	}

	private String page(Model model, TerritorySummary t) {
		model.addAttribute("territory", t);
		model.addAttribute("needs", types.publicIn(t.id()));
		return "desk/public-form";
	}

	private List<String> needs(TerritorySummary t) {
		return types.publicIn(t.id()).stream().map(DeskRequestType::code).toList();
	}

	private TerritorySummary territory(String slug) {
		return territories.findBySlug(slug).orElseThrow(() -> NotFoundException.of("territory", slug));
	}

}
