package org.relais.mutualaid;

import java.time.LocalTime;

/** The coarse part of a day people say on the phone. Labels: {@code mutualaid.daypart.<NAME>}. */
public enum DayPart {

	MORNING(LocalTime.of(8, 0), LocalTime.of(12, 0)), AFTERNOON(LocalTime.of(12, 0), LocalTime.of(18, 0)),
	EVENING(LocalTime.of(18, 0), LocalTime.of(21, 0));

	private final LocalTime from;

	private final LocalTime until;

	DayPart(LocalTime from, LocalTime until) {
		this.from = from;
		this.until = until;
	}

	public LocalTime from() {
		return from;
	}

	public LocalTime until() {
		return until;
	}

	/** The part of the day a time falls in (before 8: morning, after 21: evening). */
	public static DayPart of(LocalTime time) {
		if (time.isBefore(AFTERNOON.from)) {
			return MORNING;
		}
		return time.isBefore(EVENING.from) ? AFTERNOON : EVENING;
	}

}
