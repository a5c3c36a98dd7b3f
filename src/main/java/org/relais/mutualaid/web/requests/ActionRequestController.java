package org.relais.mutualaid.web.requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.DayPart;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.WhenKind;
import org.relais.mutualaid.action.ActionAssignment;
import org.relais.mutualaid.action.ActionDetails;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.action.ActionRequests;
import org.relais.mutualaid.dispatch.Dispatcher;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's action requests: the list (filters by status and type; unanswered ones, new ones to check and late
 * ones said in words), a new request for a person (found by name first), and a request's page: the person, when,
 * place and notes, every volunteer's part, the history and the concerns; dispatch now or again, cancel with a
 * reason, ask for two volunteers.
 */
@Controller
class ActionRequestController {

	private final ActionRequests requests;

	private final Dispatcher dispatcher;

	private final People people;

	private final MutualAid mutualAid;

	ActionRequestController(ActionRequests requests, Dispatcher dispatcher, People people, MutualAid mutualAid) {
		this.requests = requests;
		this.dispatcher = dispatcher;
		this.people = people;
		this.mutualAid = mutualAid;
	}

	/** A row of the list: the request and whether it needs the desk's eye. */
	record Row(ActionRequest request, boolean unanswered, boolean toCheck, boolean late) {
	}

	@GetMapping("/mutualaid/requests")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
			Model model) {
		RelaisPrincipal me = MutualAidAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		ActionStatus s = parse(ActionStatus.class, status);
		ActionType t = parse(ActionType.class, type);
		LocalDate today = mutualAid.today(territory);
		List<Row> rows = requests.ofTerritory(territory)
			.stream()
			.filter(r -> s == null || r.getStatus() == s)
			.filter(r -> t == null || r.getActionType() == t)
			.map(r -> new Row(r, r.getStatus() == ActionStatus.UNANSWERED, r.getStatus() == ActionStatus.NEW,
					r.getStatus().open() && r.getOnDate() != null && late(r, today)))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("statuses", Arrays.asList(ActionStatus.values()));
		model.addAttribute("types", Arrays.asList(ActionType.values()));
		model.addAttribute("status", s == null ? "" : s.name());
		model.addAttribute("type", t == null ? "" : t.name());
		model.addAttribute("zone", mutualAid.zone(territory));
		return "mutualaid/requests/list";
	}

	private static boolean late(ActionRequest r, LocalDate today) {
		LocalDate last = r.getWhenKind().days() > 0 ? r.getOnDate().plusDays(r.getWhenKind().days() - 1)
				: r.getOnDate();
		return last.isBefore(today);
	}

	@GetMapping("/mutualaid/requests/new")
	String form(@RequestParam(required = false) String person, @RequestParam(required = false) String q,
			Model model) {
		RelaisPrincipal me = MutualAidAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		UUID personId = uuid(person);
		if (person != null && !person.isBlank()) {
			BeneficiaryRecord record = readPerson(territory, personId);
			return newPage(model, record, ActionForm.empty(), RuleErrors.none());
		}
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("found", q == null || q.isBlank() ? List.of() : people.search(territory, q, 20));
		return "mutualaid/requests/find";
	}

	@PostMapping("/mutualaid/requests/new")
	String create(@RequestParam(required = false) String person, ActionForm form, Model model,
			RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		BeneficiaryRecord record = readPerson(territory, uuid(person));
		ActionRequest r;
		try {
			ActionDetails details = form.details();
			r = requests.create(territory, record.id(), details, ActionRequests.Origin.agent(me.userId()));
		}
		catch (MutualAidException e) {
			return newPage(model, record, form, RuleErrors.of(e));
		}
		dispatcher.dispatch(territory, r.getId(), me.userId());
		flash.addFlashAttribute("flash", "mutualaid.requests.created");
		return "redirect:/mutualaid/requests/" + r.getId();
	}

	private String newPage(Model model, BeneficiaryRecord person, ActionForm form,
			Map<String, MutualAidException> errors) {
		model.addAttribute("person", person);
		model.addAttribute("form", form.values());
		model.addAttribute("errors", errors);
		choices(model);
		return "mutualaid/requests/new";
	}

	/** The choice lists of the action fields. */
	static void choices(Model model) {
		model.addAttribute("types", Arrays.asList(ActionType.values()));
		model.addAttribute("whens", Arrays.asList(WhenKind.values()));
		model.addAttribute("dayParts", Arrays.asList(DayPart.values()));
	}

	@GetMapping("/mutualaid/requests/{id}")
	String show(@PathVariable String id, Model model) {
		RelaisPrincipal me = MutualAidAccess.requireStaff();
		return page(me, load(me, id), model, RuleErrors.none());
	}

	@PostMapping("/mutualaid/requests/{id}/dispatch")
	String dispatch(@PathVariable String id, Model model, RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireStaff();
		ActionRequest r = load(me, id);
		try {
			int offered = dispatcher.dispatch(me.currentTerritoryId(), r.getId(), me.userId());
			flash.addFlashAttribute("flash", offered > 0 ? "mutualaid.dispatch.done" : "mutualaid.dispatch.nobody");
		}
		catch (MutualAidException e) {
			return page(me, load(me, id), model, RuleErrors.of(e));
		}
		return "redirect:/mutualaid/requests/" + r.getId();
	}

	@PostMapping("/mutualaid/requests/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireStaff();
		ActionRequest r = load(me, id);
		try {
			dispatcher.cancel(me.currentTerritoryId(), r.getId(), reason, me.userId());
		}
		catch (MutualAidException e) {
			model.addAttribute("reason", reason);
			return page(me, load(me, id), model, RuleErrors.of(e));
		}
		flash.addFlashAttribute("flash", "mutualaid.requests.cancelled");
		return "redirect:/mutualaid/requests/" + r.getId();
	}

	@PostMapping("/mutualaid/requests/{id}/two-person")
	String twoPerson(@PathVariable String id, Model model, RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireStaff();
		ActionRequest r = load(me, id);
		try {
			dispatcher.requireTwoPersons(me.currentTerritoryId(), r.getId(), me.userId());
		}
		catch (MutualAidException e) {
			return page(me, load(me, id), model, RuleErrors.of(e));
		}
		flash.addFlashAttribute("flash", "mutualaid.requests.twoPersonSet");
		return "redirect:/mutualaid/requests/" + r.getId();
	}

	private String page(RelaisPrincipal me, ActionRequest r, Model model, Map<String, MutualAidException> errors) {
		UUID territory = me.currentTerritoryId();
		Optional<BeneficiaryRecord> person = people.read(territory, r.getPersonId());
		List<ActionAssignment> parts = dispatcher.assignmentsOf(r.getId());
		model.addAttribute("request", r);
		model.addAttribute("person", person.orElse(null));
		model.addAttribute("assignments", parts);
		model.addAttribute("volunteers", dispatcher.volunteersOf(parts));
		model.addAttribute("history", requests.history(r.getId()));
		model.addAttribute("concerns", dispatcher.concernsOf(r.getId()));
		model.addAttribute("notice", dispatcher.notice(r));
		model.addAttribute("dispatchable", r.getStatus().open() && r.getStatus() != ActionStatus.ACCEPTED);
		model.addAttribute("errors", errors);
		model.addAttribute("zone", mutualAid.zone(territory));
		return "mutualaid/requests/detail";
	}

	private BeneficiaryRecord readPerson(UUID territory, UUID personId) {
		return (personId == null ? Optional.<BeneficiaryRecord>empty() : people.read(territory, personId))
			.orElseThrow(() -> NotFoundException.of("person", String.valueOf(personId)));
	}

	private ActionRequest load(RelaisPrincipal me, String id) {
		return requests.find(me.currentTerritoryId(), uuid(id))
			.orElseThrow(() -> NotFoundException.of("action-request", id));
	}

	static UUID uuid(String s) {
		try {
			return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
