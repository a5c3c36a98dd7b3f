package org.relais.mutualaid.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.agenda.EventRejected;
import org.relais.directory.DirectoryCatalog;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.platform.RelaisPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' volunteer meetings: the list with where the territory stands against its interval, scheduling
 * one (invitations through the agenda), and each meeting's attendance.
 */
@Controller
class MeetingController {

	private final Meetings meetings;

	private final MutualAid mutualAid;

	private final DirectoryCatalog directory;

	private final MessageSource messages;

	MeetingController(Meetings meetings, MutualAid mutualAid, DirectoryCatalog directory, MessageSource messages) {
		this.meetings = meetings;
		this.mutualAid = mutualAid;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/mutualaid/meetings")
	String list(Model model) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		UUID territory = me.currentTerritoryId();
		List<VolunteerMeeting> all = meetings.list(territory);
		java.time.LocalDate today = mutualAid.today(territory);
		model.addAttribute("cadence", meetings.cadence(territory));
		model.addAttribute("upcoming", all.stream()
			.filter(m -> m.getHeldOn().isAfter(today))
			.sorted(java.util.Comparator.comparing(VolunteerMeeting::getStartsAt))
			.toList());
		model.addAttribute("past", all.stream().filter(m -> !m.getHeldOn().isAfter(today)).toList());
		model.addAttribute("zone", mutualAid.zone(territory));
		return "mutualaid/meetings/list";
	}

	@GetMapping("/mutualaid/meetings/new")
	String form(Model model, Locale locale) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		MeetingForm form = new MeetingForm();
		form.setTitle(messages.getMessage("mutualaid.meetings.defaultTitle", null, locale));
		form.setDate(mutualAid.today(me.currentTerritoryId()).plusWeeks(3).toString());
		model.addAttribute("form", form);
		return formPage(me, model);
	}

	@PostMapping("/mutualaid/meetings/new")
	String schedule(@ModelAttribute("form") MeetingForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		if (form.dateValue() == null) {
			errors.rejectValue("date", "mutualaid.meetings.error.date");
		}
		if (form.timeValue() == null) {
			errors.rejectValue("time", "mutualaid.meetings.error.time");
		}
		Integer minutes = form.durationValue();
		if (minutes == null) {
			errors.rejectValue("durationMinutes", "mutualaid.meetings.error.duration");
		}
		if (MeetingForm.INVALID.equals(form.locationValue())) {
			errors.rejectValue("locationId", "mutualaid.meetings.error.location");
		}
		VolunteerMeeting meeting = null;
		if (!errors.hasErrors()) {
			try {
				meeting = meetings.schedule(me.currentTerritoryId(), me.userId(),
						new MeetingDraft(form.getTitle(), form.dateValue(), form.timeValue(), minutes,
								form.locationValue(), form.getAddress(), form.getFacilitatorNote()));
			}
			catch (MutualAidException ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			}
			catch (EventRejected ex) {
				errors.rejectValue(field(ex.field()), ex.messageKey(), ex.args(), null);
			}
		}
		if (meeting == null) {
			response.setStatus(422);
			return formPage(me, model);
		}
		flash.addFlashAttribute("flash", "mutualaid.meetings.scheduledFlash");
		return "redirect:/mutualaid/meetings/" + meeting.getId();
	}

	/** The form field an agenda refusal is about. */
	private static String field(String agendaField) {
		return switch (agendaField) {
			case "title" -> "title";
			case "start" -> "date";
			case "end" -> "durationMinutes";
			case "locationId" -> "locationId";
			case "address" -> "address";
			default -> "title";
		};
	}

	private String formPage(RelaisPrincipal me, Model model) {
		model.addAttribute("locations", directory.locations(me.currentTerritoryId()));
		return "mutualaid/meetings/new";
	}

	@GetMapping("/mutualaid/meetings/{id}")
	String meeting(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		model.addAttribute("sheet", meetings.sheet(me.currentTerritoryId(), id, locale.getLanguage()));
		model.addAttribute("presences", Presence.values());
		model.addAttribute("zone", mutualAid.zone(me.currentTerritoryId()));
		return "mutualaid/meetings/meeting";
	}

	/** Fields {@code v.<volunteer id>} and {@code o.<organisation id>}, each PRESENT, EXCUSED or ABSENT. */
	@PostMapping("/mutualaid/meetings/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		meetings.meeting(me.currentTerritoryId(), id);
		Map<UUID, Presence> people = new LinkedHashMap<>();
		Map<UUID, Presence> orgs = new LinkedHashMap<>();
		boolean bad = false;
		for (Map.Entry<String, List<String>> e : params.entrySet()) {
			String key = e.getKey();
			if (!key.startsWith("v.") && !key.startsWith("o.")) {
				continue;
			}
			UUID who = uuid(key.substring(2));
			Presence presence = e.getValue().isEmpty() ? null : Presence.parse(e.getValue().get(0));
			if (who == null || (presence == null && !e.getValue().get(0).isEmpty())) {
				bad = true;
				continue;
			}
			if (presence != null) {
				(key.startsWith("v.") ? people : orgs).put(who, presence);
			}
		}
		try {
			if (bad) {
				throw new MutualAidException("attendance", "mutualaid.meetings.error.unknownAttendee");
			}
			meetings.record(me.currentTerritoryId(), id, people, orgs, me.userId(), locale.getLanguage());
		}
		catch (MutualAidException ex) {
			response.setStatus(422);
			model.addAttribute("attendanceError", ex.messageKey());
			return meeting(id, model, locale);
		}
		flash.addFlashAttribute("flash", "mutualaid.meetings.attendanceSaved");
		return "redirect:/mutualaid/meetings/" + id;
	}

	private static UUID uuid(String s) {
		try {
			return UUID.fromString(s);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
