package org.relais.people.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.people.BeneficiaryRecord;
import org.relais.people.BeneficiarySummary;
import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.people.Situations;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The people of the current territory for its agents, coordinators and admins: search, create (likely duplicates
 * flagged first), read the record (logged), edit, and record or withdraw consents.
 */
@Controller
class PeopleController {

	static final int SEARCH_LIMIT = 30;

	private final People people;

	private final PersonPages pages;

	PeopleController(People people, PersonPages pages) {
		this.people = people;
		this.pages = pages;
	}

	/** A value that does not convert (a year "abc", a date "2020-13-45") gets a translated message, not Spring's. */
	@InitBinder("personForm")
	void messages(WebDataBinder binder) {
		binder.setMessageCodesResolver(new DefaultMessageCodesResolver() {
			@Override
			public String[] resolveMessageCodes(String errorCode, String objectName, String field,
					Class<?> fieldType) {
				if ("typeMismatch".equals(errorCode)) {
					return new String[] { "people.validation.typeMismatch." + field, "platform.validation.invalid" };
				}
				return super.resolveMessageCodes(errorCode, objectName, field, fieldType);
			}
		});
	}

	@ModelAttribute("situationCodes")
	List<String> situationCodes() {
		return Situations.CODES;
	}

	@ModelAttribute("contactPreferences")
	List<ContactPreference> contactPreferences() {
		return List.of(ContactPreference.values());
	}

	@GetMapping("/people")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		RelaisPrincipal me = PeopleAccess.requireStaff();
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("searched", !query.isEmpty());
		model.addAttribute("results", pages.listed(people.search(me.currentTerritoryId(), query, SEARCH_LIMIT)));
		return htmx != null ? "people/search :: results" : "people/search";
	}

	@GetMapping("/people/new")
	String newForm(@RequestParam(name = "next", required = false) String next, Model model, Locale locale) {
		RelaisPrincipal me = PeopleAccess.requireStaff();
		PersonForm form = new PersonForm();
		form.setNext(PeopleAccess.safeNext(next));
		model.addAttribute("personForm", form);
		return pages.form(model, me.currentTerritoryId(), locale, null);
	}

	@PostMapping("/people/new")
	String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = PeopleAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		form.setNext(PeopleAccess.safeNext(form.getNext()));
		String postal = pages.check(form, result, territory);
		if (result.hasErrors()) {
			response.setStatus(422);
			return pages.form(model, territory, locale, null);
		}
		NewBeneficiary person = form.toNew(postal);
		if (!form.isDifferentPerson()) {
			List<BeneficiarySummary> duplicates = people.likelyDuplicates(territory, person);
			if (!duplicates.isEmpty()) {
				response.setStatus(409);
				model.addAttribute("duplicates", pages.listed(duplicates));
				return pages.form(model, territory, locale, null);
			}
		}
		BeneficiarySummary created = people.create(territory, person, me.userId());
		flash.addFlashAttribute("flash", "people.flash.created");
		if (form.getNext() != null) {
			return "redirect:" + UriComponentsBuilder.fromUriString(form.getNext())
				.replaceQueryParam("person", created.id())
				.build()
				.toUriString();
		}
		return "redirect:/people/" + created.id();
	}

	@GetMapping("/people/{id}")
	String record(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = PeopleAccess.requireStaff();
		BeneficiaryRecord r = found(me, id);
		pages.record(model, me, r, locale);
		model.addAttribute("consents", people.consents(me.currentTerritoryId(), id));
		model.addAttribute("methods", List.of(ConsentMethod.values()));
		return "people/record";
	}

	@GetMapping("/people/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = PeopleAccess.requireStaff();
		BeneficiaryRecord r = found(me, id);
		PersonForm form = PersonForm.of(r);
		if (!pages.maySeeAllSituations(me)) {
			// a role that may not see special categories does not get them in the form either: they are kept
			form.getSituations().removeIf(c -> !pages.maySee(me, c));
		}
		model.addAttribute("personForm", form);
		return pages.form(model, me.currentTerritoryId(), locale, r);
	}

	@PostMapping("/people/{id}/edit")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = PeopleAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		BeneficiaryRecord r = found(me, id);
		String postal = pages.check(form, result, territory);
		if (result.hasErrors()) {
			response.setStatus(422);
			return pages.form(model, territory, locale, r);
		}
		// keep the sensitive situations the editor could not see
		r.situations().stream().filter(c -> !pages.maySee(me, c)).forEach(form.getSituations()::add);
		people.update(territory, id, form.toNew(postal));
		flash.addFlashAttribute("flash", "people.flash.saved");
		return "redirect:/people/" + id;
	}

	@PostMapping("/people/{id}/consents")
	String recordConsent(@PathVariable UUID id, @RequestParam(name = "purpose", required = false) String purpose,
			@RequestParam(name = "method", required = false) String method, RedirectAttributes flash) {
		RelaisPrincipal me = PeopleAccess.requireStaff();
		found(me, id);
		ConsentMethod m = parse(method);
		if (purpose == null || purpose.isBlank() || purpose.length() > 200 || m == null) {
			flash.addFlashAttribute("consentError", "people.consent.invalid");
			return "redirect:/people/" + id + "#consents";
		}
		people.recordConsent(me.currentTerritoryId(), id, purpose, m, me.userId());
		flash.addFlashAttribute("flash", "people.flash.consentRecorded");
		return "redirect:/people/" + id + "#consents";
	}

	@PostMapping("/people/{id}/consents/{consentId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID consentId, RedirectAttributes flash) {
		RelaisPrincipal me = PeopleAccess.requireStaff();
		found(me, id);
		boolean ofThisPerson = people.consents(me.currentTerritoryId(), id)
			.stream()
			.anyMatch(c -> c.id().equals(consentId));
		if (!ofThisPerson) {
			throw NotFoundException.of("consent", consentId);
		}
		people.withdrawConsent(me.currentTerritoryId(), consentId, me.userId());
		flash.addFlashAttribute("flash", "people.flash.consentWithdrawn");
		return "redirect:/people/" + id + "#consents";
	}

	private BeneficiaryRecord found(RelaisPrincipal me, UUID id) {
		return people.read(me.currentTerritoryId(), id).orElseThrow(() -> NotFoundException.of("person", id));
	}

	private static ConsentMethod parse(String method) {
		for (ConsentMethod m : ConsentMethod.values()) {
			if (m.name().equals(method)) {
				return m;
			}
		}
		return null;
	}

}
