package org.relais.agenda.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.agenda.Agenda;
import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.EventRejected;
import org.relais.agenda.Invitees;
import org.relais.agenda.event.Attendee;
import org.relais.agenda.event.AttendeeRepository;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventAccess;
import org.relais.agenda.event.EventAttachments;
import org.relais.agenda.event.EventChanges;
import org.relais.agenda.event.EventDescriptions;
import org.relais.agenda.event.EventRsvps;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's page for the signed-in members of its territory who may see it (else 404): when, where, who
 * organises, the description and files, the places left; the viewer's own answer; and for those who may change it
 * the attendees with their answers (written to the access log), invitations, the cancellation of the event or of
 * one occurrence, and moving an occurrence.
 */
@Controller
class EventPageController {

	/** An attendee as the editors' list shows them. */
	record AttendeeRow(String name, String email, boolean guest, String answer, Integer position) {
	}

	private final EventPages pages;

	private final EventAccess access;

	private final EventRsvps rsvps;

	private final EventChanges changes;

	private final EventAttachments attachments;

	private final EventDescriptions descriptions;

	private final AttendeeRepository attendees;

	private final EventInviteeOptions inviteeOptions;

	private final Agenda agenda;

	private final PersonalDataAccessLog accessLog;

	private final MessageSource messages;

	private final Clock clock;

	EventPageController(EventPages pages, EventAccess access, EventRsvps rsvps, EventChanges changes,
			EventAttachments attachments, EventDescriptions descriptions, AttendeeRepository attendees,
			EventInviteeOptions inviteeOptions, Agenda agenda, PersonalDataAccessLog accessLog,
			MessageSource messages, Clock clock) {
		this.pages = pages;
		this.access = access;
		this.rsvps = rsvps;
		this.changes = changes;
		this.attachments = attachments;
		this.descriptions = descriptions;
		this.attendees = attendees;
		this.inviteeOptions = inviteeOptions;
		this.agenda = agenda;
		this.accessLog = accessLog;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/agenda/events/{id}")
	String show(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = EventPages.me();
		return page(me, pages.visible(me, id), model, Map.of());
	}

	@GetMapping("/agenda/events/{id}/event.ics")
	ResponseEntity<byte[]> ics(@PathVariable UUID id) {
		RelaisPrincipal me = EventPages.me();
		CalendarEvent event = pages.visible(me, id);
		String ics = descriptions.publish(event, EventPages.language(), clock.instant());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("event.ics").build().toString())
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/agenda/events/{id}/attachments/{attachmentId}")
	ResponseEntity<org.springframework.core.io.Resource> attachment(@PathVariable UUID id,
			@PathVariable UUID attachmentId) {
		RelaisPrincipal me = EventPages.me();
		CalendarEvent event = pages.visible(me, id);
		EventAttachments.Download d = attachments.download(event.getId(), attachmentId)
			.orElseThrow(() -> NotFoundException.of("attachment", attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(d.content());
	}

	@PostMapping("/agenda/events/{id}/rsvp")
	String rsvp(@PathVariable UUID id, @RequestParam(required = false) String response, Model model,
			HttpServletResponse http, RedirectAttributes redirect) {
		RelaisPrincipal me = EventPages.me();
		CalendarEvent event = pages.visible(me, id);
		Attendee mine = attendees.findByEventIdAndUserId(id, me.userId())
			.orElseThrow(() -> NotFoundException.of("attendee", me.userId()));
		try {
			EventRsvps.Outcome outcome = rsvps.answer(event.getId(), mine.getId(), parse(response));
			redirect.addFlashAttribute("flash", "agenda.event.flash.answer." + outcome.name());
			return "redirect:/agenda/events/" + id;
		}
		catch (EventRejected ex) {
			http.setStatus(422);
			return page(me, event, model, Map.of("rsvp", text(ex)));
		}
	}

	@PostMapping("/agenda/events/{id}/invite")
	String invite(@PathVariable UUID id, @RequestParam(required = false) List<UUID> organisations,
			@RequestParam(required = false) List<UUID> users, @RequestParam(required = false) String emails,
			Model model, HttpServletResponse http, RedirectAttributes redirect) {
		RelaisPrincipal me = EventPages.me();
		CalendarEvent event = pages.editable(me, id);
		Invitees invitees = new Invitees(organisations == null ? null : new LinkedHashSet<>(organisations),
				users == null ? null : new LinkedHashSet<>(users), EventForm.emails(emails));
		try {
			if (invitees.isEmpty()) {
				throw new EventRejected("invitees", "agenda.event.error.nobodyInvited");
			}
			List<UUID> added = agenda.invite(event.getTerritoryId(), event.getId(), me.userId(), invitees);
			redirect.addFlashAttribute("flash",
					added.isEmpty() ? "agenda.event.flash.nobodyNew" : "agenda.event.flash.invited");
			return "redirect:/agenda/events/" + id;
		}
		catch (EventRejected ex) {
			http.setStatus(422);
			model.addAttribute("inviteEmails", emails);
			return page(me, event, model, Map.of("invite", text(ex)));
		}
	}

	@PostMapping("/agenda/events/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse http, RedirectAttributes redirect) {
		RelaisPrincipal me = EventPages.me();
		CalendarEvent event = pages.editable(me, id);
		try {
			changes.cancel(event, reason);
			redirect.addFlashAttribute("flash", "agenda.event.flash.cancelled");
			return "redirect:/agenda/events/" + id;
		}
		catch (EventRejected ex) {
			http.setStatus(422);
			model.addAttribute("reason", reason);
			return page(me, event, model, Map.of("cancel", text(ex)));
		}
	}

	@PostMapping("/agenda/events/{id}/occurrences")
	String occurrence(@PathVariable UUID id, @RequestParam(required = false) String originalStart,
			@RequestParam(required = false) String action, @RequestParam(required = false) String newDate,
			@RequestParam(required = false) String newStartTime, @RequestParam(required = false) String newEndTime,
			Model model, HttpServletResponse http, RedirectAttributes redirect) {
		RelaisPrincipal me = EventPages.me();
		CalendarEvent event = pages.editable(me, id);
		try {
			LocalDateTime original = parseDateTime(originalStart);
			boolean cancel = !"MOVE".equals(action);
			LocalDateTime start = null;
			LocalDateTime end = null;
			if (!cancel) {
				LocalDate day = parseDate(newDate);
				if (event.isAllDay()) {
					start = day == null ? null : day.atStartOfDay();
					end = start == null ? null
							: start.plus(java.time.Duration.between(event.getStartLocal(), event.getEndLocal()));
				}
				else {
					LocalTime from = parseTime(newStartTime);
					LocalTime to = parseTime(newEndTime);
					start = day == null || from == null ? null : day.atTime(from);
					end = day == null || to == null ? null : day.atTime(to);
				}
			}
			changes.changeOccurrence(event, original, cancel, start, end);
			redirect.addFlashAttribute("flash",
					cancel ? "agenda.event.flash.occurrenceCancelled" : "agenda.event.flash.occurrenceMoved");
			return "redirect:/agenda/events/" + id;
		}
		catch (EventRejected ex) {
			http.setStatus(422);
			return page(me, event, model, Map.of("occurrence", text(ex)));
		}
	}

	private String page(RelaisPrincipal me, CalendarEvent event, Model model, Map<String, String> errors) {
		String language = EventPages.language();
		boolean editor = access.canEdit(me, event);
		List<Attendee> all = attendees.findByEventIdOrderByInvitedAtAsc(event.getId());
		List<Attendee> waiting = rsvps.waitingList(event.getId());
		Map<AttendeeResponse, Long> counts = new EnumMap<>(AttendeeResponse.class);
		for (AttendeeResponse r : AttendeeResponse.values()) {
			counts.put(r, 0L);
		}
		long going = 0;
		for (Attendee a : all) {
			if (a.isGoing()) {
				going++;
			}
			if (!a.isWaitlisted()) {
				counts.merge(a.getResponse(), 1L, Long::sum);
			}
		}
		Optional<Attendee> mine = all.stream().filter(a -> me.userId().equals(a.getUserId())).findFirst();
		model.addAttribute("event", event);
		model.addAttribute("editor", editor);
		model.addAttribute("occurrences", pages.occurrences(event));
		model.addAttribute("recurring", event.recurrence().isPresent());
		model.addAttribute("place", descriptions.place(event));
		model.addAttribute("organiser", descriptions.organiserName(event, language));
		model.addAttribute("descriptionHtml", EventMarkdown.html(event.getDescription()));
		model.addAttribute("attachments", attachments.list(event.getId()));
		model.addAttribute("going", going);
		model.addAttribute("placesLeft", event.getCapacity() == null ? null : Math.max(0, event.getCapacity() - going));
		model.addAttribute("counts", counts);
		model.addAttribute("waitingCount", waiting.size());
		model.addAttribute("invitedCount", all.size());
		model.addAttribute("showCounts", editor || mine.isPresent());
		model.addAttribute("mine", mine.orElse(null));
		model.addAttribute("myPosition", mine.filter(Attendee::isWaitlisted).map(a -> waiting.indexOf(a) + 1).orElse(null));
		model.addAttribute("responses", List.of(AttendeeResponse.YES, AttendeeResponse.MAYBE, AttendeeResponse.NO));
		model.addAttribute("errors", errors);
		if (editor) {
			model.addAttribute("attendeeRows", rows(event, all, waiting));
			accessLog.recordRead("event-attendees", event.getId(), "attendees");
			model.addAttribute("inviteOrganisations", pages.organisations(event.getTerritoryId()));
			model.addAttribute("inviteUsers", inviteeOptions.users(event.getTerritoryId()));
		}
		return "agenda/event/show";
	}

	private List<AttendeeRow> rows(CalendarEvent event, List<Attendee> all, List<Attendee> waiting) {
		String fallback = descriptions.territoryLanguage(event.getTerritoryId());
		List<AttendeeRow> rows = new ArrayList<>();
		Map<UUID, Integer> positions = new HashMap<>();
		for (int i = 0; i < waiting.size(); i++) {
			positions.put(waiting.get(i).getId(), i + 1);
		}
		for (Attendee a : all) {
			descriptions.person(a, fallback).ifPresent(p -> {
				String answer = a.isWaitlisted() ? "WAITING" : a.getResponse().name();
				rows.add(new AttendeeRow(p.name() == null || p.name().isBlank() ? p.email() : p.name(), p.email(),
						a.getUserId() == null, answer, positions.get(a.getId())));
			});
		}
		return rows;
	}

	private String text(EventRejected ex) {
		return messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale());
	}

	static AttendeeResponse parse(String value) {
		if (value == null) {
			return null;
		}
		try {
			return AttendeeResponse.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDateTime parseDateTime(String value) {
		try {
			return value == null ? null : LocalDateTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static LocalDate parseDate(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static LocalTime parseTime(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
