package org.relais.directory.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An opening slot of the weekly schedule of a location: a day, an opening and a closing time (local). */
@Embeddable
public record WeeklySlot(@Enumerated(EnumType.STRING) @Column(name = "day_of_week", nullable = false, length = 9) DayOfWeek day,
		@Column(name = "opens_at", nullable = false) LocalTime opens,
		@Column(name = "closes_at", nullable = false) LocalTime closes) {

	public WeeklySlot {
		if (day == null || opens == null || closes == null) {
			throw new IllegalArgumentException("day, opens and closes are required");
		}
		if (!closes.isAfter(opens)) {
			throw new IllegalArgumentException("closes before it opens");
		}
	}

}
