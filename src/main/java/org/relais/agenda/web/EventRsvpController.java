package org.relais.agenda.web;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.EventRejected;
import org.relais.agenda.event.Attendee;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventDescriptions;
import org.relais.agenda.event.EventRepository;
import org.relais.agenda.event.EventRsvps;
import org.relais.agenda.event.RsvpLinks;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal answer page of an invitee, behind the link of their invitation mail: the event and yes / maybe / no,
 * without signing in (the link is the permission, for that attendee only). GET only shows (mail scanners follow
 * links), POST answers. An unknown token is a 404.
 */
@Controller
class EventRsvpController {

	private final RsvpLinks links;

	private final EventRepository events;

	private final EventRsvps rsvps;

	private final EventDescriptions descriptions;

	private final EventPages pages;

	EventRsvpController(RsvpLinks links, EventRepository events, EventRsvps rsvps, EventDescriptions descriptions,
			EventPages pages) {
		this.pages = pages;
		this.links = links;
		this.events = events;
		this.rsvps = rsvps;
		this.descriptions = descriptions;
	}

	@GetMapping("/e/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		Attendee attendee = attendee(token);
		return page(attendee, event(attendee), token, model, response, null);
	}

	@PostMapping("/e/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String response, Model model,
			HttpServletResponse http, RedirectAttributes redirect) {
		Attendee attendee = attendee(token);
		CalendarEvent event = event(attendee);
		try {
			EventRsvps.Outcome outcome = rsvps.answer(event.getId(), attendee.getId(),
					EventPageController.parse(response));
			redirect.addFlashAttribute("flash", "agenda.event.flash.answer." + outcome.name());
			return "redirect:/e/" + token;
		}
		catch (EventRejected ex) {
			http.setStatus(422);
			return page(attendee, event, token, model, http, ex.messageKey());
		}
	}

	private Attendee attendee(String token) {
		return links.attendee(token).orElseThrow(() -> NotFoundException.of("answer link", "token"));
	}

	private CalendarEvent event(Attendee attendee) {
		return events.findById(attendee.getEventId())
			.orElseThrow(() -> NotFoundException.of("event", attendee.getEventId()));
	}

	private String page(Attendee attendee, CalendarEvent event, String token, Model model,
			HttpServletResponse response, String error) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader("Referrer-Policy", "no-referrer");
		model.addAttribute("event", event);
		model.addAttribute("attendee", attendee);
		model.addAttribute("position", attendee.isWaitlisted()
				? rsvps.waitingList(event.getId()).stream().map(Attendee::getId).toList().indexOf(attendee.getId()) + 1
				: null);
		model.addAttribute("occurrences", pages.occurrences(event));
		model.addAttribute("recurring", event.recurrence().isPresent());
		model.addAttribute("place", descriptions.place(event));
		model.addAttribute("organiser", descriptions.organiserName(event, EventPages.language()));
		model.addAttribute("descriptionHtml", EventMarkdown.html(event.getDescription()));
		model.addAttribute("responses", java.util.List.of(AttendeeResponse.YES, AttendeeResponse.MAYBE,
				AttendeeResponse.NO));
		model.addAttribute("token", token);
		model.addAttribute("rsvpError", error);
		return "agenda/event/rsvp";
	}

}
