package org.relais.directory.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a location is open: its weekly slots, unless an exception covers the day (closed, or special hours instead),
 * and not on public holidays when it closes on them. Times are local to the territory's zone; conversions go
 * through {@link ZonedDateTime}, so days of a daylight-saving change are right.
 */
public final class OpeningHours {

	/** Open now or not, until when, and when it opens next (null when not within 60 days). */
	public record Status(boolean open, ZonedDateTime closesAt, ZonedDateTime nextOpening) {
	}

	/** An opening interval of one day, local times. */
	public record Interval(LocalTime opens, LocalTime closes) {
	}

	private final List<ExceptionalHours> exceptions;

	private final boolean closedOnHolidays;

	private final String country;

	/** The weekly intervals by day, sorted: read once, as matching asks for many days of many locations. */
	private final Map<DayOfWeek, List<Interval>> weekly = new EnumMap<>(DayOfWeek.class);

	private final ZoneId zone;

	private OpeningHours(Location location, ZoneId zone) {
		this.exceptions = List.copyOf(location.getExceptions());
		this.closedOnHolidays = location.isClosedOnHolidays();
		this.country = location.getCountry();
		for (WeeklySlot slot : location.getWeekly()) {
			weekly.computeIfAbsent(slot.day(), d -> new ArrayList<>()).add(new Interval(slot.opens(), slot.closes()));
		}
		weekly.replaceAll((d, intervals) -> intervals.stream().sorted(Comparator.comparing(Interval::opens)).toList());
		this.zone = zone;
	}

	/** The hours of a location as they are now (later changes to the location are not seen). */
	public static OpeningHours of(Location location, ZoneId zone) {
		return new OpeningHours(location, zone);
	}

	/** The intervals the location is open on a date. */
	public List<Interval> on(LocalDate date) {
		for (ExceptionalHours e : exceptions) {
			if (e.covers(date)) {
				return e.closed() ? List.of() : List.of(new Interval(e.opens(), e.closes()));
			}
		}
		if (closedOnHolidays && PublicHolidays.isHoliday(country, date)) {
			return List.of();
		}
		return weekly.getOrDefault(date.getDayOfWeek(), List.of());
	}

	public boolean openOn(LocalDate date) {
		return !on(date).isEmpty();
	}

	public boolean isOpen(Instant at) {
		return closesAt(at) != null;
	}

	public Status status(Instant at) {
		ZonedDateTime closesAt = closesAt(at);
		return new Status(closesAt != null, closesAt, nextOpening(at).orElse(null));
	}

	/** When the interval open at {@code at} closes, or null when closed then. */
	private ZonedDateTime closesAt(Instant at) {
		ZonedDateTime now = at.atZone(zone);
		LocalDate today = now.toLocalDate();
		ZonedDateTime closesAt = null;
		for (Interval i : on(today)) {
			ZonedDateTime from = today.atTime(i.opens()).atZone(zone);
			ZonedDateTime to = today.atTime(i.closes()).atZone(zone);
			if (!now.isBefore(from) && now.isBefore(to)) {
				closesAt = to;
			}
		}
		return closesAt;
	}

	/** The next time the location opens after {@code at} (strictly), within 60 days. */
	public Optional<ZonedDateTime> nextOpening(Instant at) {
		ZonedDateTime now = at.atZone(zone);
		for (int d = 0; d <= 60; d++) {
			LocalDate date = now.toLocalDate().plusDays(d);
			for (Interval i : on(date)) {
				ZonedDateTime from = date.atTime(i.opens()).atZone(zone);
				if (from.isAfter(now)) {
					return Optional.of(from);
				}
			}
		}
		return Optional.empty();
	}

}
