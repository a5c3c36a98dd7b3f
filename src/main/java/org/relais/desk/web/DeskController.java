package org.relais.desk.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.relais.desk.DeskRequestRejected;
import org.relais.desk.DeskRequestType;
import org.relais.desk.domain.DeskRequest;
import org.relais.desk.domain.DeskRequests;
import org.relais.desk.domain.DeskTypes;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.BeneficiarySummary;
import org.relais.people.People;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The phone-call screen: find the caller (or create them with six fields), choose the request type, its few
 * details, submit. A known caller takes three clicks beyond typing: the person, the type, submit. The triage of a
 * web-form request is the same page at its own address.
 */
@Controller
class DeskController {

	private final DeskPages pages;

	private final DeskRequests requests;

	private final DeskTypes types;

	private final People people;

	DeskController(DeskPages pages, DeskRequests requests, DeskTypes types, People people) {
		this.pages = pages;
		this.requests = requests;
		this.types = types;
		this.people = people;
	}

	@GetMapping("/desk")
	String desk(@RequestParam(required = false) String q, @RequestParam(required = false) String person,
			@RequestParam(required = false) String type, @RequestParam(name = "new", required = false) String newCaller,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			HttpSession session) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		BeneficiaryRecord p = chosen(territory, person);
		DeskRequestType t = p == null ? null : types.find(territory, type).orElse(null);
		if (newCaller != null && p == null) {
			model.addAttribute("callerForm", fromSearch(q));
		}
		pages.fill(model, territory, "/desk", "/desk/requests", q, p, t, null, newCaller != null, locale);
		model.addAttribute("entryChannel", DeskPages.channel(session));
		return htmx != null ? "desk/desk :: results" : "desk/desk";
	}

	@PostMapping("/desk/requests")
	String take(@RequestParam Map<String, String> params, Model model, Locale locale, HttpSession session,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		BeneficiaryRecord p = pages.person(territory, params.get("person"));
		if (p == null) {
			throw NotFoundException.of("person", String.valueOf(params.get("person")));
		}
		DeskRequestType t = types.find(territory, params.get("type")).orElse(null);
		if (t == null) {
			flash.addFlashAttribute("deskError", "desk.error.type");
			return "redirect:/desk?person=" + p.id();
		}
		DeskPages.Entry entry = pages.entry(territory, p, t, params, locale, false);
		if (entry.errors().isEmpty()) {
			try {
				DeskRequests.Taken taken = requests.take(territory, t, p.id(), entry.channel(), DeskPages.details(entry),
						DeskPages.parseDate(entry.dueDate()), entry.summary(), me.userId());
				session.setAttribute(DeskPages.CHANNEL, entry.channel());
				people.touch(territory, p.id());
				return recorded(taken, flash);
			}
			catch (DeskRequestRejected rejected) {
				entry.errors().put(rejected.field(), pages.message(rejected.messageKey(), locale, rejected.args()));
			}
		}
		response.setStatus(422);
		pages.fill(model, territory, "/desk", "/desk/requests", null, p, t, entry, false, locale);
		model.addAttribute("entryChannel", entry.channel());
		return "desk/desk";
	}

	@PostMapping("/desk/people")
	String createCaller(@ModelAttribute("callerForm") DeskCallerForm form, Model model, Locale locale,
			HttpSession session, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		DeskRequest triaged = form.getTriage() == null || form.getTriage().isBlank() ? null
				: requests.find(territory, uuidOr404(form.getTriage()))
					.orElseThrow(() -> NotFoundException.of("desk request", form.getTriage()));
		String base = triaged == null ? "/desk" : "/desk/requests/" + triaged.getId() + "/triage";
		Map<String, String> errors = form.check(requests.today(territory));
		if (errors.isEmpty() && !form.isDifferentPerson()) {
			List<BeneficiarySummary> duplicates = people.likelyDuplicates(territory, form.toNew());
			if (!duplicates.isEmpty()) {
				response.setStatus(409);
				model.addAttribute("duplicates", duplicates);
				return callerPage(model, territory, base, triaged, Map.of(), locale, session);
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(422);
			return callerPage(model, territory, base, triaged, errors, locale, session);
		}
		BeneficiarySummary created = people.create(territory, form.toNew(), me.userId());
		flash.addFlashAttribute("flash", "desk.flash.callerCreated");
		return "redirect:" + base + "?person=" + created.id();
	}

	private String callerPage(Model model, UUID territory, String base, DeskRequest triaged,
			Map<String, String> errors, Locale locale, HttpSession session) {
		pages.fill(model, territory, base, triaged == null ? "/desk/requests" : base, null, null, null, null, true,
				locale);
		model.addAttribute("callerErrors", errors);
		model.addAttribute("triage", triaged);
		if (triaged != null) {
			model.addAttribute("contact", DeskPages.contact(triaged));
			model.addAttribute("wantedKey", wantedKey(triaged));
		}
		model.addAttribute("entryChannel", DeskPages.channel(session));
		return "desk/desk";
	}

	@GetMapping("/desk/requests/{id}/triage")
	String triagePage(@PathVariable UUID id, @RequestParam(required = false) String q,
			@RequestParam(required = false) String person, @RequestParam(required = false) String type,
			@RequestParam(name = "new", required = false) String newCaller,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		DeskRequest r = awaitingTriage(territory, id);
		BeneficiaryRecord p = chosen(territory, person);
		DeskRequestType t = p == null ? null : types.find(territory, type == null ? r.getWantedType() : type)
			.orElse(null);
		String base = "/desk/requests/" + id + "/triage";
		pages.fill(model, territory, base, base, q == null && p == null ? r.getContactName() : q, p, t, null,
				newCaller != null, locale);
		model.addAttribute("triage", r);
		model.addAttribute("contact", DeskPages.contact(r));
		model.addAttribute("wantedKey", wantedKey(r));
		model.addAttribute("entryChannel", org.relais.desk.Channel.WEB_FORM);
		if (newCaller != null && !model.containsAttribute("duplicates")) {
			model.addAttribute("callerForm", prefilled(r));
		}
		return htmx != null ? "desk/desk :: results" : "desk/desk";
	}

	@PostMapping("/desk/requests/{id}/triage")
	String triage(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		DeskRequest r = awaitingTriage(territory, id);
		BeneficiaryRecord p = pages.person(territory, params.get("person"));
		if (p == null) {
			throw NotFoundException.of("person", String.valueOf(params.get("person")));
		}
		String base = "/desk/requests/" + id + "/triage";
		DeskRequestType t = types.find(territory, params.get("type")).orElse(null);
		if (t == null) {
			flash.addFlashAttribute("deskError", "desk.error.type");
			return "redirect:" + base + "?person=" + p.id();
		}
		DeskPages.Entry entry = pages.entry(territory, p, t, params, locale, true);
		if (entry.errors().isEmpty()) {
			try {
				DeskRequests.Taken taken = requests.triage(r, t, p.id(), entry.channel(), DeskPages.details(entry),
						DeskPages.parseDate(entry.dueDate()), me.userId());
				people.touch(territory, p.id());
				return recorded(taken, flash);
			}
			catch (DeskRequestRejected rejected) {
				entry.errors().put(rejected.field(), pages.message(rejected.messageKey(), locale, rejected.args()));
			}
		}
		response.setStatus(422);
		// the rolled-back triage left the loaded request changed in memory: read it again
		DeskRequest fresh = awaitingTriage(territory, id);
		pages.fill(model, territory, base, base, null, p, t, entry, false, locale);
		model.addAttribute("triage", fresh);
		model.addAttribute("contact", DeskPages.contact(fresh));
		model.addAttribute("wantedKey", wantedKey(fresh));
		model.addAttribute("entryChannel", entry.channel());
		return "desk/desk";
	}

	private String recorded(DeskRequests.Taken taken, RedirectAttributes flash) {
		if (taken.outcome().redirect() != null && taken.outcome().redirect().startsWith("/")
				&& !taken.outcome().redirect().startsWith("//")) {
			flash.addFlashAttribute("flash", "desk.flash.recordedElsewhere");
			return "redirect:" + taken.outcome().redirect();
		}
		flash.addFlashAttribute("recorded", taken.request().getReference());
		return "redirect:/desk";
	}

	private String wantedKey(DeskRequest r) {
		return types.byCode(r.getWantedType()).map(DeskRequestType::labelKey).orElse("desk.public.need.other");
	}

	private DeskRequest awaitingTriage(UUID territory, UUID id) {
		return requests.find(territory, id)
			.filter(DeskRequest::awaitsTriage)
			.orElseThrow(() -> NotFoundException.of("desk request", id));
	}

	private BeneficiaryRecord chosen(UUID territory, String person) {
		if (person == null || person.isBlank()) {
			return null;
		}
		BeneficiaryRecord p = pages.person(territory, person);
		if (p == null) {
			throw NotFoundException.of("person", person);
		}
		return p;
	}

	private static UUID uuidOr404(String id) {
		UUID u = DeskPages.uuid(id);
		if (u == null) {
			throw NotFoundException.of("desk request", id);
		}
		return u;
	}

	/** A new caller's form started from what the agent typed in the search: a name, a phone or a birth year. */
	static DeskCallerForm fromSearch(String q) {
		DeskCallerForm form = new DeskCallerForm();
		String typed = q == null ? "" : q.strip();
		String digits = typed.replaceAll("[^0-9]", "");
		if (typed.isEmpty()) {
			return form;
		}
		if (typed.matches("[0-9]{4}")) {
			form.setBirthYear(typed);
		}
		else if (typed.matches("[0-9+ ().\\-/]+") && digits.length() >= 6) {
			form.setPhone(typed);
		}
		else if (!typed.matches(".*[0-9].*")) {
			int space = typed.lastIndexOf(' ');
			form.setFirstName(space > 0 ? typed.substring(0, space) : null);
			form.setLastName(space > 0 ? typed.substring(space + 1) : typed);
		}
		return form;
	}

	private static DeskCallerForm prefilled(DeskRequest r) {
		DeskCallerForm form = new DeskCallerForm();
		String name = r.getContactName() == null ? "" : r.getContactName().strip();
		int space = name.lastIndexOf(' ');
		form.setFirstName(space > 0 ? name.substring(0, space) : "");
		form.setLastName(space > 0 ? name.substring(space + 1) : name);
		form.setPhone(r.getContactPhone());
		form.setEmail(r.getContactEmail());
		form.setPostalCode(r.getContactPostalCode());
		form.setTriage(r.getId().toString());
		return form;
	}

}
