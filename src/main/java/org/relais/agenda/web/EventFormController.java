package org.relais.agenda.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.agenda.EventCategory;
import org.relais.agenda.EventRejected;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Recurrence;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventAccess;
import org.relais.agenda.event.EventAttachments;
import org.relais.agenda.event.EventChanges;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event form: create (with the first invitees) and change. Anybody who may organise for something (the
 * territory's staff, the members of an organisation) may create; only those who may change an event see its edit
 * form (else 404). A refusal of the agenda shows next to its field and nothing is written.
 */
@Controller
class EventFormController {

	private final EventPages pages;

	private final EventChanges changes;

	private final EventAccess access;

	private final EventInviteeOptions invitees;

	private final TerritoryCatalog territories;

	private final EventAttachments attachments;

	EventFormController(EventPages pages, EventChanges changes, EventAccess access, EventInviteeOptions invitees,
			TerritoryCatalog territories, EventAttachments attachments) {
		this.attachments = attachments;
		this.pages = pages;
		this.changes = changes;
		this.access = access;
		this.invitees = invitees;
		this.territories = territories;
	}

	/** A value that does not convert (a date "2026-13-45", a capacity "many") gets a translated message. */
	@InitBinder("eventForm")
	void messages(WebDataBinder binder) {
		binder.setMessageCodesResolver(new DefaultMessageCodesResolver() {
			@Override
			public String[] resolveMessageCodes(String errorCode, String objectName, String field,
					Class<?> fieldType) {
				if ("typeMismatch".equals(errorCode)) {
					return new String[] { "agenda.event.typeMismatch." + field, "platform.validation.invalid" };
				}
				return super.resolveMessageCodes(errorCode, objectName, field, fieldType);
			}
		});
	}

	@GetMapping("/agenda/events/new")
	String newForm(Model model) {
		RelaisPrincipal me = organiser();
		EventForm form = new EventForm();
		List<EventPages.Choice> organisers = pages.organisers(me, territoryName(me));
		form.setOrganiser(organisers.get(0).value());
		form.setTimeZone(territory(me).timeZone());
		return show(model, me, form, null);
	}

	@PostMapping("/agenda/events/new")
	String create(@ModelAttribute("eventForm") EventForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		RelaisPrincipal me = organiser();
		checkOrganiser(me, form, result);
		if (!result.hasErrors()) {
			try {
				UUID id = changes.create(me.currentTerritoryId(), me.userId(), form.toDraft(), form.invitees(),
						uploads(form.chosenFiles()));
				redirect.addFlashAttribute("flash", "agenda.event.flash.created");
				return "redirect:/agenda/events/" + id;
			}
			catch (EventRejected ex) {
				EventPages.reject(result, ex);
			}
		}
		response.setStatus(422);
		return show(model, me, form, null);
	}

	@GetMapping("/agenda/events/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = EventPages.me();
		CalendarEvent event = pages.editable(me, id);
		return show(model, me, EventForm.of(event.toDraft()), event);
	}

	@PostMapping("/agenda/events/{id}/edit")
	String update(@PathVariable UUID id, @ModelAttribute("eventForm") EventForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RelaisPrincipal me = EventPages.me();
		CalendarEvent event = pages.editable(me, id);
		// The organiser may stay what it is, even when the editor could not name it.
		boolean sameOrganiser = form.organiserIsTerritory() ? event.getOrganiserOrganisationId() == null
				: form.organiserId().map(o -> o.equals(event.getOrganiserOrganisationId())).orElse(false);
		if (!sameOrganiser) {
			checkOrganiser(me, form, result);
		}
		if (!result.hasErrors()) {
			try {
				changes.update(event, form.toDraft(), uploads(form.chosenFiles()), form.getRemoveAttachments());
				redirect.addFlashAttribute("flash", "agenda.event.flash.updated");
				return "redirect:/agenda/events/" + id;
			}
			catch (EventRejected ex) {
				EventPages.reject(result, ex);
			}
		}
		response.setStatus(422);
		return show(model, me, form, event);
	}

	private void checkOrganiser(RelaisPrincipal me, EventForm form, BindingResult result) {
		if (!form.organiserIsTerritory() && form.organiserId().isEmpty()) {
			result.rejectValue("organiser", "agenda.error.organiser.unknown");
		}
		else if (!access.mayOrganiseAs(me, form.organiserId().orElse(null))) {
			result.rejectValue("organiser", "agenda.event.error.organiser");
		}
	}

	/** The signed-in user, who must be able to organise for something; else 404. */
	private RelaisPrincipal organiser() {
		RelaisPrincipal me = EventPages.me();
		if (pages.organisers(me, "").isEmpty()) {
			throw NotFoundException.of("event form", "new");
		}
		return me;
	}

	private String show(Model model, RelaisPrincipal me, EventForm form, CalendarEvent event) {
		UUID territory = me.currentTerritoryId();
		List<EventPages.Choice> organisers = new ArrayList<>(pages.organisers(me, territoryName(me)));
		if (event != null && organisers.stream().noneMatch(c -> c.value().equals(form.getOrganiser()))) {
			// an editor who is not of the organising organisation keeps it in the list
			String current = event.getOrganiserOrganisationId() == null ? EventForm.TERRITORY
					: event.getOrganiserOrganisationId().toString();
			String name = event.getOrganiserOrganisationId() == null ? territoryName(me)
					: pages.organisations(territory)
						.stream()
						.filter(o -> o.id().equals(event.getOrganiserOrganisationId()))
						.map(o -> o.name())
						.findFirst()
						.orElse(current);
			organisers.add(0, new EventPages.Choice(current, name));
		}
		model.addAttribute("eventForm", form);
		model.addAttribute("event", event);
		model.addAttribute("organisers", organisers);
		model.addAttribute("locations", pages.locations(territory));
		model.addAttribute("zones", EventPages.zones());
		model.addAttribute("categories", List.of(EventCategory.values()));
		model.addAttribute("visibilities", List.of(EventVisibility.values()));
		model.addAttribute("frequencies", List.of(Recurrence.Frequency.values()));
		model.addAttribute("maxFiles", EventAttachments.MAX_FILES);
		model.addAttribute("maxInterval", Recurrence.MAX_INTERVAL);
		model.addAttribute("maxOccurrences", Recurrence.MAX_OCCURRENCES);
		model.addAttribute("attachments", event == null ? List.of() : attachments.list(event.getId()));
		if (event == null) {
			model.addAttribute("inviteOrganisations", pages.organisations(territory));
			model.addAttribute("inviteUsers", invitees.users(territory));
		}
		return "agenda/event/form";
	}

	private TerritorySummary territory(RelaisPrincipal me) {
		return territories.find(me.currentTerritoryId())
			.orElseThrow(() -> NotFoundException.of("territory", me.currentTerritoryId()));
	}

	private String territoryName(RelaisPrincipal me) {
		return territory(me).name(EventPages.language());
	}

	static List<EventAttachments.Upload> uploads(List<MultipartFile> files) {
		List<EventAttachments.Upload> out = new ArrayList<>();
		for (MultipartFile f : files) {
			out.add(new EventAttachments.Upload(f.getOriginalFilename(), f.getSize(), () -> {
				try {
					return f.getInputStream();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
		}
		return out;
	}

}
