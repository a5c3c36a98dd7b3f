package org.relais.agenda;

import java.time.LocalDate;

/**
 * How an event repeats: every {@code interval} weeks on the start's weekday, or every {@code interval} months on
 * the start's weekday of the same rank in the month (the 2nd Tuesday; the last one when the start is in the fifth
 * week). It always ends: on a date ({@code until}, inclusive) or after {@code count} occurrences, and never holds
 * more than {@link #MAX_OCCURRENCES} occurrences nor reaches beyond {@link #MAX_YEARS} years after the start.
 */
public record Recurrence(Frequency frequency, int interval, LocalDate until, Integer count) {

	public static final int MAX_OCCURRENCES = 200;

	public static final int MAX_YEARS = 2;

	public static final int MAX_INTERVAL = 12;

	public enum Frequency {

		WEEKLY, MONTHLY_BY_DAY

	}

	public static Recurrence weekly(int interval, LocalDate until, Integer count) {
		return new Recurrence(Frequency.WEEKLY, interval, until, count);
	}

	public static Recurrence monthly(int interval, LocalDate until, Integer count) {
		return new Recurrence(Frequency.MONTHLY_BY_DAY, interval, until, count);
	}

}
