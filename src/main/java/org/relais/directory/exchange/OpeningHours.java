package org.relais.directory.exchange;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The common forms of the OpenStreetMap {@code opening_hours} syntax that data·inclusion uses, read into weekly
 * slots: rules separated by {@code ;}, each a day selector ({@code Mo-Fr}, {@code Mo,We}, {@code Sa}) and
 * time ranges ({@code 09:00-12:00,14:00-17:00}) or {@code off}; {@code PH off} (closed on public holidays) and
 * {@code 24/7}. Later rules replace the days they name, as in OSM. Anything else is refused, so that an unread
 * schedule is reported instead of guessed.
 */
final class OpeningHours {

	/** The slots read and whether the place closes on public holidays (null: the text does not say). */
	record Parsed(List<Drafts.Slot> slots, Boolean closedOnHolidays) {
	}

	private static final Map<String, DayOfWeek> DAYS = Map.of("mo", DayOfWeek.MONDAY, "tu", DayOfWeek.TUESDAY, "we",
			DayOfWeek.WEDNESDAY, "th", DayOfWeek.THURSDAY, "fr", DayOfWeek.FRIDAY, "sa", DayOfWeek.SATURDAY, "su",
			DayOfWeek.SUNDAY);

	private OpeningHours() {
	}

	/** @throws IllegalArgumentException when the text is not in a supported form */
	static Parsed parse(String text) {
		List<Drafts.Slot> slots = new ArrayList<>();
		Boolean holidays = null;
		if (text == null || text.isBlank()) {
			return new Parsed(slots, null);
		}
		String t = text.strip();
		if (t.equals("24/7")) {
			for (DayOfWeek d : DayOfWeek.values()) {
				slots.add(new Drafts.Slot(d, LocalTime.MIN, LocalTime.of(23, 59)));
			}
			return new Parsed(slots, false);
		}
		for (String raw : t.split(";")) {
			String rule = raw.strip();
			if (rule.isEmpty()) {
				continue;
			}
			String lower = rule.toLowerCase(java.util.Locale.ROOT);
			if (lower.startsWith("ph")) {
				String rest = lower.substring(2).strip();
				if (rest.equals("off") || rest.equals("closed")) {
					holidays = true;
					continue;
				}
				holidays = false;
				continue;
			}
			int space = rule.indexOf(' ');
			if (space < 0) {
				throw new IllegalArgumentException(rule);
			}
			Set<DayOfWeek> days = days(rule.substring(0, space).strip());
			String times = rule.substring(space + 1).strip();
			slots.removeIf(s -> days.contains(s.day()));
			if (times.equalsIgnoreCase("off") || times.equalsIgnoreCase("closed")) {
				continue;
			}
			for (String range : times.split(",")) {
				String[] ends = range.strip().split("-");
				if (ends.length != 2) {
					throw new IllegalArgumentException(rule);
				}
				LocalTime opens = time(ends[0]);
				LocalTime closes = time(ends[1]);
				for (DayOfWeek d : DayOfWeek.values()) {
					if (days.contains(d)) {
						slots.add(new Drafts.Slot(d, opens, closes));
					}
				}
			}
		}
		slots.sort(java.util.Comparator.comparing(Drafts.Slot::day).thenComparing(Drafts.Slot::opens));
		return new Parsed(slots, holidays);
	}

	private static Set<DayOfWeek> days(String selector) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String part : selector.split(",")) {
			String p = part.strip().toLowerCase(java.util.Locale.ROOT);
			if (p.contains("-")) {
				String[] ends = p.split("-");
				DayOfWeek from = day(ends[0]);
				DayOfWeek to = day(ends[1]);
				for (DayOfWeek d = from;; d = d.plus(1)) {
					days.add(d);
					if (d == to) {
						break;
					}
				}
			}
			else {
				days.add(day(p));
			}
		}
		return days;
	}

	private static DayOfWeek day(String s) {
		DayOfWeek d = DAYS.get(s.strip());
		if (d == null) {
			throw new IllegalArgumentException(s);
		}
		return d;
	}

	private static LocalTime time(String s) {
		String t = s.strip();
		if (t.equals("24:00")) {
			return LocalTime.of(23, 59);
		}
		if (!t.matches("\\d{1,2}:\\d{2}")) {
			throw new IllegalArgumentException(s);
		}
		String[] hm = t.split(":");
		return LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]));
	}

	/** The slots written back in the same syntax ({@code Mo-Fr 09:00-12:00; Sa 09:00-12:00}). */
	static String format(List<Drafts.Slot> slots, boolean closedOnHolidays) {
		java.util.Map<DayOfWeek, String> perDay = new java.util.EnumMap<>(DayOfWeek.class);
		for (Drafts.Slot s : slots) {
			perDay.merge(s.day(), s.opens() + "-" + s.closes(), (a, b) -> a + "," + b);
		}
		List<String> rules = new ArrayList<>();
		DayOfWeek[] all = DayOfWeek.values();
		int i = 0;
		while (i < all.length) {
			String times = perDay.get(all[i]);
			if (times == null) {
				i++;
				continue;
			}
			int j = i;
			while (j + 1 < all.length && times.equals(perDay.get(all[j + 1]))) {
				j++;
			}
			String sel = code(all[i]) + (j > i ? (j == i + 1 ? "," : "-") + code(all[j]) : "");
			rules.add(sel + " " + times);
			i = j + 1;
		}
		if (closedOnHolidays && !rules.isEmpty()) {
			rules.add("PH off");
		}
		return rules.isEmpty() ? null : String.join("; ", rules);
	}

	private static String code(DayOfWeek d) {
		String n = d.name();
		return n.charAt(0) + n.substring(1, 2).toLowerCase(java.util.Locale.ROOT);
	}

}
