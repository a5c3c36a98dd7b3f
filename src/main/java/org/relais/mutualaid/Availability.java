package org.relais.mutualaid;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A volunteer's weekly availability grid: weekday × part of the day. Stored as {@code "MONDAY_MORNING,..."}.
 */
public record Availability(Set<Slot> slots) {

	public Availability {
		slots = Collections.unmodifiableSet(new TreeSet<>(slots));
	}

	public record Slot(DayOfWeek day, DayPart part) implements Comparable<Slot> {

		/** The form and storage code, e.g. {@code MONDAY_MORNING}. */
		public String code() {
			return day.name() + "_" + part.name();
		}

		@Override
		public int compareTo(Slot o) {
			int c = day.compareTo(o.day);
			return c != 0 ? c : part.compareTo(o.part);
		}

		public static Slot parse(String code) {
			int i = code == null ? -1 : code.indexOf('_');
			if (i < 0) {
				return null;
			}
			try {
				return new Slot(DayOfWeek.valueOf(code.substring(0, i).strip()), DayPart.valueOf(code.substring(i + 1).strip()));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

	public boolean has(DayOfWeek day, DayPart part) {
		return slots.contains(new Slot(day, part));
	}

	public boolean isEmpty() {
		return slots.isEmpty();
	}

	/** Unknown codes are ignored. */
	public static Availability parse(String csv) {
		if (csv == null || csv.isBlank()) {
			return new Availability(Set.of());
		}
		return new Availability(Arrays.stream(csv.split(","))
			.map(Slot::parse)
			.filter(s -> s != null)
			.collect(Collectors.toSet()));
	}

	public String format() {
		return slots.stream().map(Slot::code).collect(Collectors.joining(","));
	}

	/** Every slot: a volunteer who said "any time". */
	public static Availability always() {
		Set<Slot> all = new TreeSet<>();
		for (DayOfWeek d : DayOfWeek.values()) {
			for (DayPart p : DayPart.values()) {
				all.add(new Slot(d, p));
			}
		}
		return new Availability(all);
	}

}
