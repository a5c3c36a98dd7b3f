package org.relais.agenda.view;

import java.time.LocalDate;
import java.util.List;

/**
 * A day of an agenda page and its occurrences, in order. {@code inPeriod} is false for the days of the first and
 * last weeks of a month grid that belong to the month before or after.
 */
public record AgendaDay(LocalDate date, boolean today, boolean inPeriod, List<AgendaItem> items) {

	public boolean isEmpty() {
		return items.isEmpty();
	}

}
