package org.relais.agenda.ics;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.Recurrence;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.OccurrenceChange;
import org.relais.agenda.event.Occurrences;

/**
 * Writes events as iCalendar (RFC 5545, with ical4j): one VEVENT per event with its RRULE and its cancelled
 * occurrences as EXDATE, one more VEVENT (same UID, RECURRENCE-ID) per moved occurrence, the VTIMEZONE of every zone
 * used, and a stable {@code UID} ({@code <event id>@relais}) and {@code SEQUENCE}, so that a subscriber's calendar
 * updates its copy when an event changes or is cancelled. Mails use {@link Method#REQUEST} / {@link Method#CANCEL}
 * (RFC 5546, with ORGANIZER and ATTENDEE), feeds no method.
 */
public final class IcsWriter {

	/** The iTIP method of a calendar object; FEED writes none (a subscribed calendar). */
	public enum Method {

		FEED, PUBLISH, REQUEST, CANCEL

	}

	/** What a VEVENT says besides the event itself: the place and organiser as text, the event's page. */
	public record Entry(CalendarEvent event, String location, String organiserName, String url,
			List<Guest> attendees) {

		public Entry {
			attendees = attendees == null ? List.of() : List.copyOf(attendees);
		}

	}

	/** An attendee as the invitation lists them. */
	public record Guest(String email, String name, AttendeeResponse response) {
	}

	static final String PRODUCT = "-//Relais//Shared agenda//EN";

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private IcsWriter() {
	}

	/**
	 * A calendar object.
	 *
	 * @param calendarName the name a subscribed calendar shows (X-WR-CALNAME), or null
	 * @param organiserEmail the ORGANIZER address of REQUEST/CANCEL objects (the platform's sender)
	 */
	public static String write(Method method, String calendarName, List<Entry> entries, String organiserEmail,
			Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		switch (method) {
			case PUBLISH -> calendar.add(ImmutableMethod.PUBLISH);
			case REQUEST -> calendar.add(ImmutableMethod.REQUEST);
			case CANCEL -> calendar.add(ImmutableMethod.CANCEL);
			case FEED -> {
			}
		}
		if (calendarName != null) {
			calendar.add(new XProperty("X-WR-CALNAME", calendarName));
		}
		Set<String> zones = new LinkedHashSet<>();
		for (Entry e : entries) {
			if (!e.event().isAllDay()) {
				zones.add(e.event().getTimeZone());
			}
		}
		for (String zone : zones) {
			net.fortuna.ical4j.model.TimeZone tz = ZONES.getTimeZone(zone);
			if (tz != null) {
				calendar.add(tz.getVTimeZone());
			}
		}
		for (Entry e : entries) {
			calendar.add(master(method, e, organiserEmail, now));
			if (method != Method.CANCEL) {
				for (OccurrenceChange c : e.event().getChanges()) {
					if (!c.isCancelled() && c.getStartLocal() != null) {
						calendar.add(moved(method, e, c, organiserEmail, now));
					}
				}
			}
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("iCalendar output failed", ex);
		}
		return out.toString();
	}

	/** The UID of an event: stable across changes. */
	public static String uid(CalendarEvent event) {
		return event.getId() + "@relais";
	}

	private static VEvent master(Method method, Entry e, String organiserEmail, Instant now) {
		CalendarEvent event = e.event();
		List<Property> list = new ArrayList<>();
		list.add(new Uid(uid(event)));
		list.add(new DtStamp(now));
		list.add(start(event, event.getStartLocal()));
		list.add(end(event, event.getEndLocal()));
		list.add(new Sequence(event.getSequence()));
		list.add(new LastModified(event.getUpdatedAt()));
		event.recurrence().ifPresent(r -> list.add(rrule(event, r)));
		List<LocalDateTime> cancelled = event.getChanges()
			.stream()
			.filter(OccurrenceChange::isCancelled)
			.map(OccurrenceChange::getOriginalStart)
			.sorted()
			.toList();
		if (!cancelled.isEmpty() && event.recurrence().isPresent()) {
			list.add(exdate(event, cancelled));
		}
		common(list, method, e, organiserEmail);
		boolean cancelledEvent = event.isCancelled() || method == Method.CANCEL;
		list.add(cancelledEvent ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return new VEvent(new PropertyList(list));
	}

	private static VEvent moved(Method method, Entry e, OccurrenceChange c, String organiserEmail, Instant now) {
		CalendarEvent event = e.event();
		List<Property> list = new ArrayList<>();
		list.add(new Uid(uid(event)));
		list.add(new DtStamp(now));
		list.add(recurrenceId(event, c.getOriginalStart()));
		list.add(start(event, c.getStartLocal()));
		list.add(end(event, c.getEndLocal()));
		list.add(new Sequence(Math.max(c.getSequence(), event.getSequence())));
		list.add(new LastModified(event.getUpdatedAt()));
		common(list, method, e, organiserEmail);
		list.add(event.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return new VEvent(new PropertyList(list));
	}

	private static void common(List<Property> list, Method method, Entry e, String organiserEmail) {
		CalendarEvent event = e.event();
		list.add(new Summary(event.getTitle()));
		StringBuilder description = new StringBuilder();
		if (event.getDescription() != null) {
			description.append(event.getDescription());
		}
		if (event.getOnlineUrl() != null) {
			if (!description.isEmpty()) {
				description.append("\n\n");
			}
			description.append(event.getOnlineUrl());
		}
		if (!description.isEmpty()) {
			list.add(new Description(description.toString()));
		}
		String location = e.location();
		if ((location == null || location.isBlank()) && event.getOnlineUrl() != null) {
			location = event.getOnlineUrl();
		}
		if (location != null && !location.isBlank()) {
			list.add(new Location(location));
		}
		list.add(new Categories(event.getCategory().name()));
		URI url = uri(e.url());
		if (url != null) {
			list.add(new Url(url));
		}
		if (method == Method.REQUEST || method == Method.CANCEL) {
			List<Parameter> organiser = new ArrayList<>();
			if (e.organiserName() != null && !e.organiserName().isBlank()) {
				organiser.add(new Cn(e.organiserName()));
			}
			ParameterList params = new ParameterList(organiser);
			URI mailto = uri("mailto:" + organiserEmail);
			if (mailto != null) {
				list.add(new Organizer(params, mailto));
			}
			for (Guest g : e.attendees()) {
				URI to = uri("mailto:" + g.email());
				if (to == null) {
					continue;
				}
				List<Parameter> p = new ArrayList<>(
						List.of(Role.REQ_PARTICIPANT, new PartStat(g.response().partStat()), Rsvp.TRUE));
				if (g.name() != null && !g.name().isBlank()) {
					p.add(new Cn(g.name()));
				}
				list.add(new Attendee(new ParameterList(p), to));
			}
		}
	}

	private static DtStart<?> start(CalendarEvent event, LocalDateTime at) {
		if (event.isAllDay()) {
			return new DtStart<>(at.toLocalDate());
		}
		return new DtStart<>(at.atZone(event.getZone()));
	}

	private static DtEnd<?> end(CalendarEvent event, LocalDateTime at) {
		if (event.isAllDay()) {
			return new DtEnd<>(at.toLocalDate());
		}
		return new DtEnd<>(at.atZone(event.getZone()));
	}

	private static RecurrenceId<?> recurrenceId(CalendarEvent event, LocalDateTime original) {
		if (event.isAllDay()) {
			return new RecurrenceId<>(original.toLocalDate());
		}
		return new RecurrenceId<>(original.atZone(event.getZone()));
	}

	/** FREQ=WEEKLY;INTERVAL=n or FREQ=MONTHLY;INTERVAL=n;BYDAY=2TU, ending with COUNT or UNTIL (UTC, RFC 5545). */
	static String rule(CalendarEvent event, Recurrence r) {
		StringBuilder b = new StringBuilder();
		String day = event.getStartLocal().getDayOfWeek().name().substring(0, 2);
		if (r.frequency() == Recurrence.Frequency.WEEKLY) {
			b.append("FREQ=WEEKLY;INTERVAL=").append(r.interval()).append(";BYDAY=").append(day);
		}
		else {
			b.append("FREQ=MONTHLY;INTERVAL=")
				.append(r.interval())
				.append(";BYDAY=")
				.append(Occurrences.rank(event.getStartLocal().toLocalDate()))
				.append(day);
		}
		// The same bound as the pages: the occurrences Relais computes, no more.
		List<LocalDateTime> starts = Occurrences.starts(event.getStartLocal(), r);
		b.append(";COUNT=").append(starts.size());
		return b.toString();
	}

	private static RRule<?> rrule(CalendarEvent event, Recurrence r) {
		return new RRule<>(rule(event, r));
	}

	private static ExDate<?> exdate(CalendarEvent event, List<LocalDateTime> starts) {
		if (event.isAllDay()) {
			String value = starts.stream().map(s -> DATE.format(s)).collect(Collectors.joining(","));
			return new ExDate<java.time.LocalDate>(new ParameterList(List.of(Value.DATE)), value);
		}
		ZoneId zone = event.getZone();
		String value = starts.stream().map(s -> LOCAL.format(s)).collect(Collectors.joining(","));
		return new ExDate<java.time.ZonedDateTime>(new ParameterList(List.of(new TzId(zone.getId()))), value);
	}

	private static URI uri(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return new URI(s);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	static String utc(Instant at) {
		return UTC.format(at);
	}

}
