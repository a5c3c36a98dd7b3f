package org.relais.agenda.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.agenda.EventRejected;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventAccess;
import org.relais.agenda.event.EventRepository;
import org.relais.agenda.event.Occurrences;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.directory.OrganisationRef;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * What the event pages share: the event of the current territory that the signed-in user may see (else 404), the
 * organisers they may name, the occurrences in words, and the translation of a refusal into a field error.
 */
@Component
class EventPages {

	/** At most this many coming occurrences are listed on a page. */
	static final int MAX_LISTED = 24;

	/** An organiser the user may choose: the select's value and its name. */
	record Choice(String value, String label) {
	}

	/** One occurrence in words; {@code original} is its original start as the occurrence form sends it back. */
	record OccurrenceView(String date, String time, boolean cancelled, boolean moved, String original) {
	}

	private final EventRepository events;

	private final EventAccess access;

	private final DirectoryCatalog directory;

	private final Clock clock;

	EventPages(EventRepository events, EventAccess access, DirectoryCatalog directory, Clock clock) {
		this.events = events;
		this.access = access;
		this.directory = directory;
		this.clock = clock;
	}

	/** The event if the signed-in user's current territory holds it and they may see it; else 404. */
	CalendarEvent visible(RelaisPrincipal me, UUID id) {
		CalendarEvent event = me.currentTerritoryId() == null ? null
				: events.findByIdAndTerritoryId(id, me.currentTerritoryId()).orElse(null);
		if (event == null || !access.canSee(me, event)) {
			throw NotFoundException.of("event", id);
		}
		return event;
	}

	/** The event if the user may also change it; else 404. */
	CalendarEvent editable(RelaisPrincipal me, UUID id) {
		CalendarEvent event = visible(me, id);
		if (!access.canEdit(me, event)) {
			throw NotFoundException.of("event", id);
		}
		return event;
	}

	static RelaisPrincipal me() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null) {
			throw NotFoundException.of("territory", "current");
		}
		return me;
	}

	/** The organisers the user may name: the territory first (for its staff), then their organisations. */
	List<Choice> organisers(RelaisPrincipal me, String territoryName) {
		List<Choice> out = new ArrayList<>();
		if (access.mayOrganiseAs(me, null)) {
			out.add(new Choice(EventForm.TERRITORY, territoryName));
		}
		for (OrganisationRef o : directory.organisations(me.currentTerritoryId(), language())) {
			if (access.mayOrganiseAs(me, o.id())) {
				out.add(new Choice(o.id().toString(), o.name()));
			}
		}
		return out;
	}

	List<OrganisationRef> organisations(UUID territoryId) {
		return directory.organisations(territoryId, language());
	}

	List<LocationRef> locations(UUID territoryId) {
		return directory.locations(territoryId);
	}

	/** The coming occurrences (all of them once the event is over), cancelled and moved ones marked. */
	List<OccurrenceView> occurrences(CalendarEvent event) {
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		Instant now = clock.instant();
		List<Occurrences.Occurrence> all = Occurrences.of(event);
		List<Occurrences.Occurrence> coming = all.stream().filter(o -> o.end().isAfter(now)).toList();
		List<OccurrenceView> out = new ArrayList<>();
		for (Occurrences.Occurrence o : coming.isEmpty() ? all : coming) {
			if (out.size() == MAX_LISTED) {
				break;
			}
			String day = date.format(o.startLocal());
			if (event.isAllDay()) {
				java.time.LocalDate last = o.endLocal().toLocalDate().minusDays(1);
				out.add(new OccurrenceView(last.isAfter(o.startLocal().toLocalDate())
						? day + " – " + date.format(last) : day, "", o.cancelled(), o.moved(),
						o.originalStart().toString()));
			}
			else {
				boolean sameDay = o.endLocal().toLocalDate().equals(o.startLocal().toLocalDate());
				out.add(new OccurrenceView(day,
						time.format(o.startLocal()) + " – "
								+ (sameDay ? "" : date.format(o.endLocal()) + ", ") + time.format(o.endLocal()),
						o.cancelled(), o.moved(), o.originalStart().toString()));
			}
		}
		return out;
	}

	static List<String> zones() {
		return ZoneId.getAvailableZoneIds().stream().filter(z -> z.startsWith("Europe/")).sorted().toList();
	}

	static String language() {
		return Languages.of(LocaleContextHolder.getLocale());
	}

	/** A refusal of the agenda as an error of the form field it concerns. */
	static void reject(BindingResult result, EventRejected ex) {
		String field = switch (ex.field()) {
			case "start" -> "startDate";
			case "end" -> "endDate";
			case "recurrence" -> "repeat";
			case "organiserOrganisationId" -> "organiser";
			case "invitees" -> "inviteEmails";
			case "title", "description", "timeZone", "locationId", "address", "onlineUrl", "category", "visibility",
					"capacity", "files" ->
				ex.field();
			default -> null;
		};
		if (field == null) {
			result.reject(ex.messageKey(), ex.args(), ex.messageKey());
		}
		else {
			result.rejectValue(field, ex.messageKey(), ex.args(), ex.messageKey());
		}
	}

}
