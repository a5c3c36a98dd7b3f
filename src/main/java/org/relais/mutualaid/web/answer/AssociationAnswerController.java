package org.relais.mutualaid.web.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.ActionNotice;
import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.VolunteerReadiness;
import org.relais.mutualaid.action.ActionAssignment;
import org.relais.mutualaid.action.ActionAssignmentRepository;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.action.ActionRequests;
import org.relais.mutualaid.association.AssociationProfile;
import org.relais.mutualaid.association.AssociationSpace;
import org.relais.mutualaid.association.web.AssociationChoice;
import org.relais.mutualaid.dispatch.Dispatcher;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An association answers requests like a volunteer, as the association: the open requests of the current territory
 * (dispatched or back unanswered, not yet full) of the action types its active profile answers, and for each a
 * choice of its members who are volunteers ready for that type now. Offers to associations are not recorded per
 * association (the journal says only that associations were told), so every open request of its types is listed.
 * What it may know before answering: reference, type, when, commune, two-person and how many accepted; never the
 * place, the notes or the person's name. Below, the missions its members took for it.
 */
@Controller
class AssociationAnswerController {

	static final String BASE = "/partner/mutualaid/requests";

	/** The requests an association may still answer (the dispatcher refuses the others). */
	private static final Set<ActionStatus> ANSWERABLE = EnumSet.of(ActionStatus.DISPATCHED, ActionStatus.UNANSWERED);

	/** The dispatcher's refusals worded for a volunteer, worded again for the association. */
	private static final Map<String, String> REWORDED = Map.of("mutualaid.missions.error.taken",
			"mutualaid.answer.error.taken", "mutualaid.missions.error.notReady", "mutualaid.answer.error.notReady",
			"mutualaid.missions.error.unknown", "mutualaid.answer.error.unknown");

	/** A request the association may answer, what it may know of it, and its members ready for it. */
	record Answerable(ActionRequest request, ActionNotice notice, long accepted, List<Volunteer> ready) {
	}

	/** A mission a member took for the association. */
	record Taken(ActionAssignment assignment, ActionRequest request, Volunteer volunteer) {
	}

	private final AssociationChoice choice;

	private final AssociationSpace space;

	private final ActionRequests requests;

	private final ActionAssignmentRepository assignments;

	private final Dispatcher dispatcher;

	private final VolunteerRepository volunteers;

	private final VolunteerReadiness readiness;

	private final DirectoryCatalog directory;

	private final MutualAid mutualAid;

	private final MessageSource messages;

	AssociationAnswerController(AssociationChoice choice, AssociationSpace space, ActionRequests requests,
			ActionAssignmentRepository assignments, Dispatcher dispatcher, VolunteerRepository volunteers,
			VolunteerReadiness readiness, DirectoryCatalog directory, MutualAid mutualAid, MessageSource messages) {
		this.choice = choice;
		this.space = space;
		this.requests = requests;
		this.assignments = assignments;
		this.dispatcher = dispatcher;
		this.volunteers = volunteers;
		this.readiness = readiness;
		this.directory = directory;
		this.mutualAid = mutualAid;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String list(@RequestParam(required = false) String org, Model model) {
		RelaisPrincipal me = CurrentUser.require();
		return page(me, choice.chosen(me, org), model, Map.of());
	}

	@PostMapping(BASE + "/{id}/answer")
	String answer(@PathVariable String id, @RequestParam(required = false) String org,
			@RequestParam(required = false) String volunteer, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		OrganisationRef association = choice.chosen(me, org);
		UUID territory = me.currentTerritoryId();
		Set<ActionType> types = types(territory, association);
		ActionRequest r = requests.find(territory, uuid(id))
			.filter(x -> types.contains(x.getActionType()))
			.orElseThrow(() -> NotFoundException.of("action request", id));
		try {
			UUID chosen = uuid(volunteer);
			if (chosen == null) {
				throw new MutualAidException("volunteerId", "mutualaid.answer.error.volunteer");
			}
			dispatcher.answerForAssociation(territory, r.getId(), association.id(), chosen, me.userId());
		}
		catch (MutualAidException e) {
			String key = REWORDED.getOrDefault(e.messageKey(), e.messageKey());
			response.setStatus(422);
			return page(me, association, model, Map.of(r.getId(), messages.getMessage(key, e.args(), locale)));
		}
		redirect.addFlashAttribute("flash", "mutualaid.answer.flash.answered");
		return "redirect:" + BASE + "?org=" + association.id();
	}

	private String page(RelaisPrincipal me, OrganisationRef association, Model model, Map<UUID, String> errors) {
		UUID territory = me.currentTerritoryId();
		Set<ActionType> types = types(territory, association);
		List<Volunteer> members = members(territory, association.id());
		LocalDate today = mutualAid.today(territory);
		Map<UUID, VolunteerReadiness.Readiness> ready = readiness.of(territory, members, today);
		List<ActionRequest> open = new ArrayList<>();
		for (UUID refused : errors.keySet()) {
			requests.find(territory, refused).ifPresent(open::add);
		}
		requests.open(territory)
			.stream()
			.filter(r -> ANSWERABLE.contains(r.getStatus()) && types.contains(r.getActionType()))
			.filter(r -> !errors.containsKey(r.getId()))
			.forEach(open::add);
		Map<UUID, Long> accepted = new HashMap<>();
		if (!open.isEmpty()) {
			for (ActionAssignment a : assignments.findByRequestIdInAndStatus(
					open.stream().map(ActionRequest::getId).toList(), AssignmentStatus.ACCEPTED)) {
				accepted.merge(a.getRequestId(), 1L, Long::sum);
			}
		}
		List<Answerable> answerable = new ArrayList<>();
		for (ActionRequest r : open) {
			long count = accepted.getOrDefault(r.getId(), 0L);
			if (count >= r.volunteersNeeded() && !errors.containsKey(r.getId())) {
				continue;
			}
			List<Volunteer> able = members.stream()
				.filter(v -> ready.get(v.getId()) != null && ready.get(v.getId()).canTake(r.getActionType()))
				.toList();
			answerable.add(new Answerable(r, dispatcher.notice(r), count, able));
		}
		model.addAttribute("association", association);
		model.addAttribute("associations", choice.associations(me));
		model.addAttribute("answering", !types.isEmpty());
		model.addAttribute("requests", answerable);
		model.addAttribute("errors", errors);
		model.addAttribute("missions", missions(territory, association.id(), members));
		return "mutualaid/answer/requests";
	}

	/** The action types the association answers now (none when it does not take part). */
	private Set<ActionType> types(UUID territory, OrganisationRef association) {
		return space.profile(territory, association.id())
			.filter(AssociationProfile::isActive)
			.map(AssociationProfile::getActionTypes)
			.orElse(Set.of());
	}

	/** The volunteers of the territory whose account is a member of the association, by name. */
	private List<Volunteer> members(UUID territory, UUID organisationId) {
		Map<UUID, Volunteer> out = new LinkedHashMap<>();
		for (UUID user : directory.organisationMembers(organisationId)) {
			volunteers.findByTerritoryIdAndUserId(territory, user).ifPresent(v -> out.put(v.getId(), v));
		}
		List<Volunteer> list = new ArrayList<>(out.values());
		list.sort(java.util.Comparator.comparing(Volunteer::getLastName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(Volunteer::getFirstName, String.CASE_INSENSITIVE_ORDER));
		return list;
	}

	/** The missions the association's members took for it, accepted or done, latest first. */
	private List<Taken> missions(UUID territory, UUID organisationId, List<Volunteer> members) {
		if (members.isEmpty()) {
			return List.of();
		}
		Map<UUID, Volunteer> byId = new HashMap<>();
		members.forEach(v -> byId.put(v.getId(), v));
		List<Taken> out = new ArrayList<>();
		for (ActionAssignment a : assignments.findByVolunteerIdInAndStatusIn(byId.keySet(),
				EnumSet.of(AssignmentStatus.ACCEPTED, AssignmentStatus.DONE))) {
			if (!organisationId.equals(a.getAssociationId())) {
				continue;
			}
			requests.find(territory, a.getRequestId())
				.ifPresent(r -> out.add(new Taken(a, r, byId.get(a.getVolunteerId()))));
		}
		out.sort(java.util.Comparator.comparing((Taken t) -> t.assignment().getRespondedAt(),
				java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
		return out;
	}

	private static UUID uuid(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
