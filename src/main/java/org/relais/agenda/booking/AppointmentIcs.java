package org.relais.agenda.booking;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.relais.agenda.AppointmentNotice;

/**
 * An appointment as an iCalendar object (RFC 5545) for the person's calendar: {@code METHOD:PUBLISH} while booked,
 * {@code METHOD:CANCEL} with a higher {@code SEQUENCE} once cancelled, the same {@code UID} in both so that the
 * calendar drops the copy it added; start and end in the territory's zone with its {@code VTIMEZONE}.
 */
final class AppointmentIcs {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private AppointmentIcs() {
	}

	static String uid(AppointmentNotice n) {
		return "appointment-" + n.id() + "@relais";
	}

	/**
	 * @param organiserEmail the ORGANIZER address a CANCEL needs (the platform's sender)
	 * @param pageUrl the absolute address of the inhabitant's own page of the appointment
	 */
	static String write(AppointmentNotice n, String organiserEmail, String pageUrl, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Relais//Appointments//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(n.booked() ? ImmutableMethod.PUBLISH : ImmutableMethod.CANCEL);
		net.fortuna.ical4j.model.TimeZone tz = ZONES.getTimeZone(n.start().getZone().getId());
		if (tz != null) {
			calendar.add(tz.getVTimeZone());
		}
		List<Property> list = new ArrayList<>();
		list.add(new Uid(uid(n)));
		list.add(new DtStamp(now));
		list.add(new DtStart<>(n.start()));
		list.add(new DtEnd<>(n.end()));
		list.add(new Sequence(n.booked() ? 0 : 1));
		list.add(new Summary(n.organisationName() == null || n.organisationName().isBlank() ? n.title()
				: n.title() + " – " + n.organisationName()));
		if (n.place() != null && !n.place().isBlank()) {
			list.add(new Location(n.place()));
		}
		URI page = uri(pageUrl);
		if (page != null) {
			list.add(new Url(page));
		}
		URI organiser = uri("mailto:" + organiserEmail);
		if (organiser != null) {
			list.add(new Organizer(new ParameterList(List.of(new Cn(n.organisationName() == null ? "Relais"
					: n.organisationName()))), organiser));
		}
		list.add(n.booked() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);
		calendar.add(new VEvent(new PropertyList(list)));
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("iCalendar output failed", ex);
		}
		return out.toString();
	}

	private static URI uri(String s) {
		try {
			return s == null || s.isBlank() ? null : new URI(s);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
