package org.relais.agenda.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Dates and times of the agenda pages in the visitor's language (for the templates). */
public final class DateLabels {

	private final Locale locale;

	private final DateTimeFormatter full;

	private final DateTimeFormatter longDate;

	private final DateTimeFormatter time;

	private final DateTimeFormatter month;

	DateLabels(Locale locale) {
		this.locale = locale;
		this.full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
	}

	/** "lundi 23 novembre 2026". */
	public String day(LocalDate date) {
		return full.format(date);
	}

	/** "23 novembre 2026". */
	public String date(LocalDate date) {
		return longDate.format(date);
	}

	/** "14:00" (or "2:00 PM"). */
	public String time(LocalDateTime at) {
		return time.format(at);
	}

	/** "novembre 2026", capitalised. */
	public String month(LocalDate date) {
		String s = month.format(date);
		return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
	}

	/** The weekdays from Monday, full names. */
	public List<String> weekdays() {
		return Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList();
	}

}
