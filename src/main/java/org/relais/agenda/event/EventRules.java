package org.relais.agenda.event;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.relais.agenda.EventDraft;
import org.relais.agenda.EventRejected;
import org.relais.agenda.Recurrence;

/**
 * The checks of a draft that need nothing but the draft: each failure names its field and a message key of the
 * agenda bundle ({@code agenda.error.*}). The façade adds the checks against the directory (place, organiser).
 */
public final class EventRules {

	/** No event lasts longer than this (a training week, a festival fortnight). */
	public static final Duration MAX_LENGTH = Duration.ofDays(62);

	private EventRules() {
	}

	public static ZoneId check(EventDraft d, ZoneId territoryZone) {
		if (d == null) {
			throw new EventRejected("title", "agenda.error.title.required");
		}
		if (d.title() == null || d.title().isBlank()) {
			throw new EventRejected("title", "agenda.error.title.required");
		}
		if (d.title().strip().length() > EventDraft.MAX_TITLE) {
			throw new EventRejected("title", "agenda.error.title.length", EventDraft.MAX_TITLE);
		}
		if (d.description() != null && d.description().length() > EventDraft.MAX_DESCRIPTION) {
			throw new EventRejected("description", "agenda.error.description.length", EventDraft.MAX_DESCRIPTION);
		}
		if (d.category() == null) {
			throw new EventRejected("category", "agenda.error.category.required");
		}
		if (d.visibility() == null) {
			throw new EventRejected("visibility", "agenda.error.visibility.required");
		}
		ZoneId zone = territoryZone;
		if (d.timeZone() != null && !d.timeZone().isBlank()) {
			try {
				zone = ZoneId.of(d.timeZone().strip());
			}
			catch (DateTimeException ex) {
				throw new EventRejected("timeZone", "agenda.error.timeZone.unknown");
			}
		}
		if (d.start() == null) {
			throw new EventRejected("start", "agenda.error.start.required");
		}
		if (d.end() == null) {
			throw new EventRejected("end", "agenda.error.end.required");
		}
		LocalDateTime start = startOf(d);
		LocalDateTime end = endOf(d);
		if (!end.isAfter(start)) {
			throw new EventRejected("end", "agenda.error.end.beforeStart");
		}
		Duration length = Duration.between(start, end);
		if (length.compareTo(MAX_LENGTH) > 0) {
			throw new EventRejected("end", "agenda.error.end.tooLong", MAX_LENGTH.toDays());
		}
		if (d.address() != null && d.address().strip().length() > EventDraft.MAX_ADDRESS) {
			throw new EventRejected("address", "agenda.error.address.length", EventDraft.MAX_ADDRESS);
		}
		if (d.onlineUrl() != null && !d.onlineUrl().isBlank() && !isWebLink(d.onlineUrl().strip())) {
			throw new EventRejected("onlineUrl", "agenda.error.onlineUrl.invalid");
		}
		if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > EventDraft.MAX_CAPACITY)) {
			throw new EventRejected("capacity", "agenda.error.capacity.range", EventDraft.MAX_CAPACITY);
		}
		checkRecurrence(d.recurrence(), start, length);
		return zone;
	}

	private static void checkRecurrence(Recurrence r, LocalDateTime start, Duration length) {
		if (r == null) {
			return;
		}
		if (r.frequency() == null) {
			throw new EventRejected("recurrence", "agenda.error.recurrence.frequency");
		}
		if (r.interval() < 1 || r.interval() > Recurrence.MAX_INTERVAL) {
			throw new EventRejected("recurrence", "agenda.error.recurrence.interval", Recurrence.MAX_INTERVAL);
		}
		if (r.until() == null && r.count() == null) {
			throw new EventRejected("recurrence", "agenda.error.recurrence.endless", Recurrence.MAX_OCCURRENCES,
					Recurrence.MAX_YEARS);
		}
		if (r.count() != null && (r.count() < 2 || r.count() > Recurrence.MAX_OCCURRENCES)) {
			throw new EventRejected("recurrence", "agenda.error.recurrence.count", Recurrence.MAX_OCCURRENCES);
		}
		if (r.until() != null) {
			if (r.until().isBefore(start.toLocalDate())) {
				throw new EventRejected("recurrence", "agenda.error.recurrence.untilBeforeStart");
			}
			if (r.until().isAfter(start.toLocalDate().plusYears(Recurrence.MAX_YEARS))) {
				throw new EventRejected("recurrence", "agenda.error.recurrence.tooFar", Recurrence.MAX_YEARS);
			}
			List<LocalDateTime> all = Occurrences.starts(start,
					new Recurrence(r.frequency(), r.interval(), r.until(), null));
			if (all.size() >= Recurrence.MAX_OCCURRENCES
					&& !all.get(all.size() - 1).toLocalDate().plusDays(1).isAfter(r.until())) {
				throw new EventRejected("recurrence", "agenda.error.recurrence.tooMany", Recurrence.MAX_OCCURRENCES);
			}
		}
		Duration period = r.frequency() == Recurrence.Frequency.WEEKLY ? Duration.ofDays(7L * r.interval())
				: Duration.ofDays(28L * r.interval());
		if (length.compareTo(period) >= 0) {
			throw new EventRejected("end", "agenda.error.end.overlapsNext");
		}
	}

	static boolean isWebLink(String url) {
		if (url.length() > EventDraft.MAX_URL) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** The stored start: the start's date at 00:00 for an all-day event. */
	static LocalDateTime startOf(EventDraft d) {
		return d.allDay() ? d.start().toLocalDate().atStartOfDay() : d.start().withSecond(0).withNano(0);
	}

	/** The stored end: 00:00 after the last day for an all-day event (exclusive, as iCalendar's DTEND). */
	static LocalDateTime endOf(EventDraft d) {
		return d.allDay() ? d.end().toLocalDate().plusDays(1).atStartOfDay() : d.end().withSecond(0).withNano(0);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
