package org.relais.agenda.event;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.relais.agenda.Recurrence;

/**
 * The occurrences of an event, computed from its wall-clock start, its recurrence and its single-occurrence
 * changes: the same rules the iCalendar RRULE written by {@code IcsWriter} says (FREQ=WEEKLY;INTERVAL=n, or
 * FREQ=MONTHLY;BYDAY=2TU / -1TU), so that the agenda pages and a subscriber's calendar agree. Never more than
 * {@link Recurrence#MAX_OCCURRENCES}, never beyond {@link Recurrence#MAX_YEARS} years.
 */
public final class Occurrences {

	/**
	 * One occurrence. {@code originalStart} identifies it (RECURRENCE-ID); {@code startLocal}/{@code endLocal} are
	 * its times after a change; {@code start}/{@code end} the instants.
	 */
	public record Occurrence(LocalDateTime originalStart, LocalDateTime startLocal, LocalDateTime endLocal,
			Instant start, Instant end, boolean cancelled, boolean moved) {
	}

	private Occurrences() {
	}

	/** Every occurrence of the event, cancelled ones included (flagged), by original start. */
	public static List<Occurrence> of(CalendarEvent event) {
		List<LocalDateTime> starts = starts(event.getStartLocal(), event.recurrence().orElse(null));
		Duration length = Duration.between(event.getStartLocal(), event.getEndLocal());
		Map<LocalDateTime, OccurrenceChange> changes = new HashMap<>();
		for (OccurrenceChange c : event.getChanges()) {
			changes.put(c.getOriginalStart(), c);
		}
		ZoneId zone = event.getZone();
		List<Occurrence> out = new ArrayList<>(starts.size());
		for (LocalDateTime s : starts) {
			OccurrenceChange c = changes.get(s);
			LocalDateTime start = s;
			LocalDateTime end = s.plus(length);
			boolean moved = false;
			if (c != null && !c.isCancelled() && c.getStartLocal() != null) {
				start = c.getStartLocal();
				end = c.getEndLocal();
				moved = true;
			}
			out.add(new Occurrence(s, start, end, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(),
					c != null && c.isCancelled(), moved));
		}
		return out;
	}

	/** Whether a wall-clock start is one of the event's (unchanged) occurrence starts. */
	public static boolean isOccurrence(CalendarEvent event, LocalDateTime originalStart) {
		return starts(event.getStartLocal(), event.recurrence().orElse(null)).contains(originalStart);
	}

	/** The original starts of a series, bounded. */
	public static List<LocalDateTime> starts(LocalDateTime first, Recurrence r) {
		List<LocalDateTime> out = new ArrayList<>();
		out.add(first);
		if (r == null) {
			return out;
		}
		int interval = Math.max(1, r.interval());
		int max = r.count() == null ? Recurrence.MAX_OCCURRENCES : Math.min(r.count(), Recurrence.MAX_OCCURRENCES);
		LocalDate limit = first.toLocalDate().plusYears(Recurrence.MAX_YEARS);
		if (r.until() != null && r.until().isBefore(limit)) {
			limit = r.until();
		}
		DayOfWeek day = first.getDayOfWeek();
		int rank = rank(first.toLocalDate());
		for (int k = 1; out.size() < max; k++) {
			LocalDateTime next;
			if (r.frequency() == Recurrence.Frequency.WEEKLY) {
				next = first.plusWeeks((long) k * interval);
			}
			else {
				LocalDate month = first.toLocalDate().withDayOfMonth(1).plusMonths((long) k * interval);
				next = month.with(TemporalAdjusters.dayOfWeekInMonth(rank, day)).atTime(first.toLocalTime());
			}
			if (next.toLocalDate().isAfter(limit)) {
				break;
			}
			out.add(next);
		}
		return out;
	}

	/** The rank of a date's weekday in its month: 1 to 4, or -1 (the last) for the fifth. */
	public static int rank(LocalDate date) {
		int rank = (date.getDayOfMonth() - 1) / 7 + 1;
		return rank == 5 ? -1 : rank;
	}

}
