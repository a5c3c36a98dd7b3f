package org.relais.agenda.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The days an agenda page shows. A list shows four weeks from the date asked for; a week runs from Monday to
 * Sunday; a month is shown as whole weeks, from the Monday on or before its first day until the Sunday on or after
 * its last ({@code periodFirst}/{@code periodLast} are the month itself). {@code previous}/{@code next} are the
 * dates of the pages before and after.
 */
public record AgendaPeriod(Kind kind, LocalDate first, LocalDate last, LocalDate periodFirst, LocalDate periodLast,
		LocalDate previous, LocalDate next) {

	public enum Kind {

		LIST, WEEK, MONTH;

		/** The kind a request parameter names; the list for anything else. */
		public static Kind of(String value) {
			if (value != null) {
				for (Kind k : values()) {
					if (k.name().equalsIgnoreCase(value.strip())) {
						return k;
					}
				}
			}
			return LIST;
		}

		public String param() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public static final int LIST_DAYS = 28;

	public static AgendaPeriod of(Kind kind, LocalDate date) {
		switch (kind) {
			case WEEK -> {
				LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				LocalDate sunday = monday.plusDays(6);
				return new AgendaPeriod(kind, monday, sunday, monday, sunday, monday.minusWeeks(1),
						monday.plusWeeks(1));
			}
			case MONTH -> {
				YearMonth month = YearMonth.from(date);
				LocalDate start = month.atDay(1);
				LocalDate end = month.atEndOfMonth();
				return new AgendaPeriod(kind, start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
						end.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), start, end, start.minusMonths(1),
						start.plusMonths(1));
			}
			default -> {
				return new AgendaPeriod(kind, date, date.plusDays(LIST_DAYS - 1L), date, date.plusDays(LIST_DAYS - 1L),
						date.minusDays(LIST_DAYS), date.plusDays(LIST_DAYS));
			}
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(periodFirst) && !day.isAfter(periodLast);
	}

}
