package org.relais.mutualaid.web.missions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relais.mutualaid.ActionNotice;
import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.ConcernLevel;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.action.ActionAssignment;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.action.ActionRequests;
import org.relais.mutualaid.dispatch.Dispatcher;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.mutualaid.web.requests.RuleErrors;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A volunteer's offers and missions. Before accepting, an offer shows the type, when and the commune only; once
 * accepted, the place, the notes and the person's first name and phone. Accept (refused with a message when another
 * volunteer took it or when a document expired meanwhile), decline, cancel with a reason (the request goes to the
 * next volunteers), report with the time spent, raise a wellbeing concern.
 */
@Controller
class MissionController {

	private final MutualAidAccess access;

	private final Dispatcher dispatcher;

	private final ActionRequests requests;

	private final People people;

	private final MutualAid mutualAid;

	MissionController(MutualAidAccess access, Dispatcher dispatcher, ActionRequests requests, People people,
			MutualAid mutualAid) {
		this.access = access;
		this.dispatcher = dispatcher;
		this.requests = requests;
		this.people = people;
		this.mutualAid = mutualAid;
	}

	/** An assignment with its request and what the volunteer may know of it. */
	record Mission(ActionAssignment assignment, ActionRequest request, ActionNotice notice) {
	}

	@GetMapping("/volunteer/missions")
	String list(Model model) {
		Volunteer me = access.requireVolunteer();
		List<Mission> offers = new ArrayList<>();
		List<Mission> accepted = new ArrayList<>();
		List<Mission> past = new ArrayList<>();
		for (ActionAssignment a : dispatcher.assignmentsOfVolunteer(me.getId())) {
			ActionRequest r = requests.find(me.getTerritoryId(), a.getRequestId()).orElse(null);
			if (r == null) {
				continue;
			}
			Mission m = new Mission(a, r, dispatcher.notice(r));
			switch (a.getStatus()) {
				case OFFERED -> offers.add(m);
				case ACCEPTED -> accepted.add(m);
				default -> past.add(m);
			}
		}
		model.addAttribute("offers", offers);
		model.addAttribute("accepted", accepted);
		model.addAttribute("past", past);
		return "mutualaid/missions/list";
	}

	@GetMapping("/volunteer/missions/{id}")
	String show(@PathVariable String id, Model model) {
		Volunteer me = access.requireVolunteer();
		return page(me, load(me, id), model, RuleErrors.none());
	}

	@PostMapping("/volunteer/missions/{id}/accept")
	String accept(@PathVariable String id, Model model, RedirectAttributes flash) {
		Volunteer me = access.requireVolunteer();
		Mission m = load(me, id);
		try {
			dispatcher.accept(me.getTerritoryId(), m.assignment().getId(), me.getId());
		}
		catch (MutualAidException e) {
			return refused(me, id, model, e);
		}
		flash.addFlashAttribute("flash", "mutualaid.missions.accepted");
		return "redirect:/volunteer/missions/" + m.assignment().getId();
	}

	@PostMapping("/volunteer/missions/{id}/decline")
	String decline(@PathVariable String id, Model model, RedirectAttributes flash) {
		Volunteer me = access.requireVolunteer();
		Mission m = load(me, id);
		try {
			dispatcher.decline(me.getTerritoryId(), m.assignment().getId(), me.getId());
		}
		catch (MutualAidException e) {
			return refused(me, id, model, e);
		}
		flash.addFlashAttribute("flash", "mutualaid.missions.declined");
		return "redirect:/volunteer/missions";
	}

	@PostMapping("/volunteer/missions/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes flash) {
		Volunteer me = access.requireVolunteer();
		Mission m = load(me, id);
		try {
			dispatcher.cancelByVolunteer(me.getTerritoryId(), m.assignment().getId(), me.getId(), reason);
		}
		catch (MutualAidException e) {
			model.addAttribute("reason", reason);
			return refused(me, id, model, e);
		}
		flash.addFlashAttribute("flash", "mutualaid.missions.cancelled");
		return "redirect:/volunteer/missions";
	}

	@PostMapping("/volunteer/missions/{id}/report")
	String report(@PathVariable String id, @RequestParam(required = false) String report,
			@RequestParam(required = false) String minutes, Model model, RedirectAttributes flash) {
		Volunteer me = access.requireVolunteer();
		Mission m = load(me, id);
		try {
			int spent;
			try {
				spent = Integer.parseInt(minutes == null ? "" : minutes.strip());
			}
			catch (NumberFormatException e) {
				throw new MutualAidException("minutes", "mutualaid.missions.error.minutes");
			}
			dispatcher.report(me.getTerritoryId(), m.assignment().getId(), me.getId(), report, spent);
		}
		catch (MutualAidException e) {
			model.addAttribute("report", report);
			model.addAttribute("minutes", minutes);
			return refused(me, id, model, e);
		}
		flash.addFlashAttribute("flash", "mutualaid.missions.reported");
		return "redirect:/volunteer/missions/" + m.assignment().getId();
	}

	@PostMapping("/volunteer/missions/{id}/concern")
	String concern(@PathVariable String id, @RequestParam(required = false) String level,
			@RequestParam(required = false) String text, Model model, RedirectAttributes flash) {
		Volunteer me = access.requireVolunteer();
		Mission m = load(me, id);
		ConcernLevel l = null;
		try {
			l = level == null || level.isBlank() ? null : ConcernLevel.valueOf(level.strip());
		}
		catch (IllegalArgumentException e) {
			l = null;
		}
		try {
			dispatcher.concern(me.getTerritoryId(), m.assignment().getId(), me.getId(), l, text);
		}
		catch (MutualAidException e) {
			model.addAttribute("concernText", text);
			return refused(me, id, model, e);
		}
		flash.addFlashAttribute("flash", "mutualaid.concern.sent");
		return "redirect:/volunteer/missions/" + m.assignment().getId();
	}

	private String refused(Volunteer me, String id, Model model, MutualAidException e) {
		return page(me, load(me, id), model, RuleErrors.of(e));
	}

	private String page(Volunteer me, Mission m, Model model, Map<String, MutualAidException> errors) {
		AssignmentStatus s = m.assignment().getStatus();
		boolean taken = s == AssignmentStatus.ACCEPTED || s == AssignmentStatus.DONE;
		BeneficiaryRecord person = taken ? people.read(me.getTerritoryId(), m.request().getPersonId()).orElse(null)
				: null;
		model.addAttribute("mission", m);
		model.addAttribute("taken", taken);
		model.addAttribute("personFirstName", person == null ? null : person.firstName());
		model.addAttribute("personPhone", person == null ? null : person.phone());
		model.addAttribute("levels", Arrays.asList(ConcernLevel.values()));
		model.addAttribute("errors", errors);
		model.addAttribute("zone", mutualAid.zone(me.getTerritoryId()));
		return "mutualaid/missions/detail";
	}

	private Mission load(Volunteer me, String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw NotFoundException.of("mission", id);
		}
		ActionAssignment a = dispatcher.assignmentsOfVolunteer(me.getId())
			.stream()
			.filter(x -> x.getId().equals(uuid))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("mission", id));
		ActionRequest r = requests.find(me.getTerritoryId(), a.getRequestId())
			.orElseThrow(() -> NotFoundException.of("mission", id));
		return new Mission(a, r, dispatcher.notice(r));
	}

}
