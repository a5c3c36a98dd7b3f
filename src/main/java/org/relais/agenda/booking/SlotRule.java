package org.relais.agenda.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The wall-clock rule of a schedule and the slots it makes: on each of its weekdays between its validity dates,
 * slots of {@code slotMinutes} from {@code start} while a whole slot fits before {@code end}. Slots are local times
 * of a time zone: 14:00 stays 14:00 on both sides of a daylight-saving change. Nothing here is stored.
 */
record SlotRule(Set<DayOfWeek> days, LocalTime start, LocalTime end, int slotMinutes, LocalDate validFrom,
		LocalDate validUntil) {

	static final int MIN_SLOT = 10;

	static final int MAX_SLOT = 240;

	/** Why an instant is not a slot to book. */
	enum Problem {

		NOT_IN_SCHEDULE, CLOSED

	}

	/** The local start times of the slots of one day (empty when the day is not one of the schedule). */
	List<LocalTime> times(LocalDate day) {
		List<LocalTime> times = new ArrayList<>();
		if (!days.contains(day.getDayOfWeek()) || day.isBefore(validFrom)
				|| (validUntil != null && day.isAfter(validUntil))) {
			return times;
		}
		for (LocalTime t = start; !t.plusMinutes(slotMinutes).isAfter(end)
				&& !t.plusMinutes(slotMinutes).isBefore(t); t = t.plusMinutes(slotMinutes)) {
			times.add(t);
		}
		return times;
	}

	/** The slots starting after {@code after}, on the days from {@code from} to {@code to}, skipping closed days. */
	List<ZonedDateTime> slots(ZoneId zone, LocalDate from, LocalDate to, Set<LocalDate> closed, Instant after) {
		List<ZonedDateTime> slots = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (closed.contains(day)) {
				continue;
			}
			for (LocalTime t : times(day)) {
				ZonedDateTime slot = ZonedDateTime.of(day, t, zone);
				if (slot.toInstant().isAfter(after)) {
					slots.add(slot);
				}
			}
		}
		return slots;
	}

	/** Whether an instant is the start of a slot of this rule: null when it is, else why not. */
	Problem check(Instant instant, ZoneId zone, Set<LocalDate> closed) {
		ZonedDateTime local = instant.atZone(zone);
		LocalDateTime wall = local.toLocalDateTime();
		if (!times(wall.toLocalDate()).contains(wall.toLocalTime())
				|| !ZonedDateTime.of(wall, zone).toInstant().equals(instant)) {
			return Problem.NOT_IN_SCHEDULE;
		}
		return closed.contains(wall.toLocalDate()) ? Problem.CLOSED : null;
	}

	/** The end of the slot starting at an instant. */
	Instant endOf(Instant slotStart) {
		return slotStart.plusSeconds(60L * slotMinutes);
	}

}
