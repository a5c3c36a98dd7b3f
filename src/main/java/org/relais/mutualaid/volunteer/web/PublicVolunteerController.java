package org.relais.mutualaid.volunteer.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.volunteer.Volunteers;
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

/**
 * The public volunteer sign-up of a territory (no login): a PENDING volunteer and an invitation mail to set a
 * password. A honeypot field and a limit per client address keep robots out; a refused form writes nothing.
 */
@Controller
class PublicVolunteerController {

	private final TerritoryCatalog territories;

	private final Volunteers volunteers;

	private final VolunteerPages pages;

	private final VolunteerThrottle throttle;

	PublicVolunteerController(TerritoryCatalog territories, Volunteers volunteers, VolunteerPages pages,
			VolunteerThrottle throttle) {
		this.territories = territories;
		this.volunteers = volunteers;
		this.pages = pages;
		this.throttle = throttle;
	}

	@GetMapping("/t/{slug}/volunteer")
	String form(@PathVariable String slug, Model model, Locale locale) {
		TerritorySummary t = territory(slug);
		VolunteerSignUpForm form = new VolunteerSignUpForm();
		String lang = Languages.of(locale);
		form.setLanguage(t.languages().contains(lang) ? lang : t.defaultLanguage());
		model.addAttribute("signUp", form);
		return page(model, t, locale);
	}

	@PostMapping("/t/{slug}/volunteer")
	String send(@PathVariable String slug, @ModelAttribute("signUp") VolunteerSignUpForm form, BindingResult result,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		TerritorySummary t = territory(slug);
		if (form.isRobot()) {
			return "redirect:/t/" + t.slug() + "/volunteer/sent";
		}
		form.check(result, pages.communes(t.id()), t.languages());
		if (!result.hasErrors() && !throttle.tryAcquire(request.getRemoteAddr())) {
			result.reject("mutualaid.signup.error.tooMany");
			response.setStatus(429);
			return page(model, t, locale);
		}
		if (!result.hasErrors()) {
			try {
				volunteers.signUp(t.id(), form.getFirstName(), form.getLastName(), form.getEmail(), form.profile());
				return "redirect:/t/" + t.slug() + "/volunteer/sent";
			}
			catch (MutualAidException ex) {
				VolunteerPages.reject(result, ex);
			}
		}
		response.setStatus(422);
		return page(model, t, locale);
	}

	@GetMapping("/t/{slug}/volunteer/sent")
	String sent(@PathVariable String slug, Model model) {
		model.addAttribute("territory", territory(slug));
		return "mutualaid/volunteers/signup-sent";
	}

	private String page(Model model, TerritorySummary t, Locale locale) {
		model.addAttribute("territory", t);
		pages.profileChoices(model, t.id(), locale);
		return "mutualaid/volunteers/signup";
	}

	private TerritorySummary territory(String slug) {
		return territories.findBySlug(slug).orElseThrow(() -> NotFoundException.of("territory", slug));
	}

}
