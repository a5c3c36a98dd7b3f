package org.relais.agenda.view;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.relais.agenda.EventCategory;
import org.relais.agenda.EventVisibility;

/**
 * One occurrence as the agenda pages show it: times in the territory's time zone (an all-day occurrence from 00:00
 * of its first day until 00:00 after its last), cancelled (the whole event or this occurrence) or moved.
 */
public record AgendaItem(UUID eventId, String title, EventCategory category, EventVisibility visibility,
		LocalDateTime start, LocalDateTime end, boolean allDay, boolean cancelled, boolean moved, String organiser,
		String place) {

	/** The first day the occurrence covers. */
	public LocalDate firstDay() {
		return start.toLocalDate();
	}

	/** The last day the occurrence covers (an end at midnight belongs to the day before). */
	public LocalDate lastDay() {
		LocalDate last = end.minusNanos(1).toLocalDate();
		return last.isBefore(firstDay()) ? firstDay() : last;
	}

	public boolean startsOn(LocalDate day) {
		return firstDay().equals(day);
	}

	public boolean endsOn(LocalDate day) {
		return lastDay().equals(day);
	}

	/** Whether it lasts more than one day. */
	public boolean multiDay() {
		return !firstDay().equals(lastDay());
	}

}
