package org.relais.directory.freshness;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import org.relais.directory.domain.PublicHolidays;

/** Working days of a territory: Monday to Friday, except its country's public holidays. */
final class WorkingDays {

	private WorkingDays() {
	}

	static boolean isWorkingDay(LocalDate day, String country) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !PublicHolidays.isHoliday(country, day);
	}

	static LocalDate firstOf(YearMonth month, String country) {
		LocalDate day = month.atDay(1);
		while (!isWorkingDay(day, country)) {
			day = day.plusDays(1);
		}
		return day;
	}

	static boolean isFirstOfMonth(LocalDate day, String country) {
		return day.equals(firstOf(YearMonth.from(day), country));
	}

}
