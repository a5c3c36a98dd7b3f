package org.relais.agenda.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.ics.IcsWriter;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.directory.OrganisationRef;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What an event says in words, for its page, its mails and its {@code .ics}: the place on one line, the organiser's
 * name, the attendees with their address and language (a user's from their account, a guest's from the
 * invitation), and the calendar objects.
 */
@Component
public class EventDescriptions {

	/** An attendee as mails and pages name them. */
	public record Person(Attendee attendee, String email, String name, String language) {
	}

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final AccountDirectory accounts;

	private final AttendeeRepository attendees;

	private final String baseUrl;

	private final String organiserEmail;

	EventDescriptions(DirectoryCatalog directory, TerritoryCatalog territories, AccountDirectory accounts,
			AttendeeRepository attendees, @Value("${relais.base-url}") String baseUrl,
			@Value("${relais.mail-from}") String mailFrom) {
		this.directory = directory;
		this.territories = territories;
		this.accounts = accounts;
		this.attendees = attendees;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		int lt = mailFrom.indexOf('<');
		int gt = mailFrom.indexOf('>');
		this.organiserEmail = lt >= 0 && gt > lt ? mailFrom.substring(lt + 1, gt).strip() : mailFrom.strip();
	}

	/** The place on one line: the directory location, else the address (the online link is said apart). */
	public String place(CalendarEvent event) {
		if (event.getLocationId() != null) {
			String where = directory.location(event.getTerritoryId(), event.getLocationId())
				.map(LocationRef::oneLine)
				.orElse(null);
			if (where != null) {
				return where;
			}
		}
		return event.getAddress();
	}

	/** The organising organisation's name in the language, else the territory's name. */
	public String organiserName(CalendarEvent event, String language) {
		if (event.getOrganiserOrganisationId() != null) {
			String name = directory.organisation(event.getTerritoryId(), event.getOrganiserOrganisationId(), language)
				.map(OrganisationRef::name)
				.orElse(null);
			if (name != null) {
				return name;
			}
		}
		return territories.find(event.getTerritoryId()).map(t -> t.name(language)).orElse("");
	}

	public String territoryLanguage(UUID territoryId) {
		return territories.find(territoryId).map(TerritorySummary::defaultLanguage).orElse("fr");
	}

	public String pageUrl(CalendarEvent event) {
		return baseUrl + "/agenda/events/" + event.getId();
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** The attendees in invitation order, with how to write to them; users without an enabled account are left out. */
	public List<Person> people(CalendarEvent event) {
		String fallback = territoryLanguage(event.getTerritoryId());
		List<Person> out = new ArrayList<>();
		for (Attendee a : attendees.findByEventIdOrderByInvitedAtAsc(event.getId())) {
			person(a, fallback).ifPresent(out::add);
		}
		return out;
	}

	public java.util.Optional<Person> person(Attendee a, String fallbackLanguage) {
		if (a.getUserId() == null) {
			String language = a.getLanguage() == null ? fallbackLanguage : a.getLanguage();
			return java.util.Optional.of(new Person(a, a.getEmail(), a.getDisplayName(), language));
		}
		return accounts.findById(a.getUserId())
			.filter(RelaisPrincipal::isEnabled)
			.map(p -> new Person(a, p.email(), p.displayName(),
					p.language() == null ? fallbackLanguage : p.language()));
	}

	/** The event alone, to add to one's calendar (METHOD:PUBLISH). */
	public String publish(CalendarEvent event, String language, Instant now) {
		return IcsWriter.write(IcsWriter.Method.PUBLISH, null,
				List.of(new IcsWriter.Entry(event, place(event), organiserName(event, language), pageUrl(event),
						List.of())),
				organiserEmail, now);
	}

	/**
	 * The invitation (REQUEST, or CANCEL once the event is cancelled) with ORGANIZER and every attendee who did not
	 * decline, with their answer.
	 */
	public String invitation(CalendarEvent event, String language, Instant now) {
		List<IcsWriter.Guest> guests = new ArrayList<>();
		for (Person p : people(event)) {
			if (p.attendee().getResponse() != AttendeeResponse.NO || event.isCancelled()) {
				AttendeeResponse shown = p.attendee().isWaitlisted() ? AttendeeResponse.MAYBE : p.attendee().getResponse();
				guests.add(new IcsWriter.Guest(p.email(), p.name(), shown));
			}
		}
		IcsWriter.Method method = event.isCancelled() ? IcsWriter.Method.CANCEL : IcsWriter.Method.REQUEST;
		return IcsWriter.write(method, null, List.of(new IcsWriter.Entry(event, place(event),
				organiserName(event, language), pageUrl(event), guests)), organiserEmail, now);
	}

}
