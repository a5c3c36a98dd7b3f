package org.relais.directory.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public holidays by country (FR, CH with the Zürich days, BE, IT, DE), fixed dates and those that follow Easter.
 * A location "closed on public holidays" is closed on these days.
 */
public final class PublicHolidays {

	/**
	 * The days of a country and year, computed once (opening hours ask for every day they look at); years far off
	 * are computed each time, so that odd dates cannot fill the cache.
	 */
	private static final Map<Year, Set<LocalDate>> CACHE = new ConcurrentHashMap<>();

	private record Year(String country, int year) {
	}

	private PublicHolidays() {
	}

	public static boolean isHoliday(String country, LocalDate date) {
		if (date.getYear() < 1900 || date.getYear() > 2200) {
			return of(country, date.getYear()).contains(date);
		}
		return CACHE.computeIfAbsent(new Year(country == null ? "" : country.toUpperCase(), date.getYear()),
				k -> Set.copyOf(of(k.country(), k.year())))
			.contains(date);
	}

	public static Set<LocalDate> of(String country, int year) {
		Set<LocalDate> days = new HashSet<>();
		LocalDate easter = easter(year);
		List<MonthDay> fixed;
		switch (country == null ? "" : country.toUpperCase()) {
			case "FR" -> {
				fixed = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 8), MonthDay.of(7, 14),
						MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));
				days.add(easter.plusDays(1));
				days.add(easter.plusDays(39));
				days.add(easter.plusDays(50));
			}
			case "CH" -> {
				fixed = List.of(MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(5, 1), MonthDay.of(8, 1),
						MonthDay.of(12, 25), MonthDay.of(12, 26));
				days.add(easter.minusDays(2));
				days.add(easter.plusDays(1));
				days.add(easter.plusDays(39));
				days.add(easter.plusDays(50));
			}
			case "BE" -> {
				fixed = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(7, 21), MonthDay.of(8, 15),
						MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));
				days.add(easter.plusDays(1));
				days.add(easter.plusDays(39));
				days.add(easter.plusDays(50));
			}
			case "IT" -> {
				fixed = List.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(4, 25), MonthDay.of(5, 1),
						MonthDay.of(6, 2), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(12, 8),
						MonthDay.of(12, 25), MonthDay.of(12, 26));
				days.add(easter.plusDays(1));
			}
			case "DE" -> {
				fixed = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(10, 3), MonthDay.of(12, 25),
						MonthDay.of(12, 26));
				days.add(easter.minusDays(2));
				days.add(easter.plusDays(1));
				days.add(easter.plusDays(39));
				days.add(easter.plusDays(50));
			}
			default -> fixed = List.of(MonthDay.of(1, 1), MonthDay.of(12, 25));
		}
		fixed.forEach(md -> days.add(md.atYear(year)));
		return days;
	}

	/** Easter Sunday (Gregorian calendar, anonymous algorithm). */
	public static LocalDate easter(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

}
