package org.relais.directory.domain;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An exception to the weekly schedule between two dates inclusive (HSDS {@code valid_from}/{@code valid_to}):
 * closed, or open only from {@code opens} to {@code closes} on each of those days.
 */
@Embeddable
public record ExceptionalHours(@Column(name = "valid_from", nullable = false) LocalDate validFrom,
		@Column(name = "valid_to", nullable = false) LocalDate validTo,
		@Column(name = "closed", nullable = false) boolean closed,
		@Column(name = "opens_at") LocalTime opens,
		@Column(name = "closes_at") LocalTime closes,
		@Column(name = "note", length = 300) String note) {

	public ExceptionalHours {
		if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException("the period ends before it starts");
		}
		if (!closed && (opens == null || closes == null || !closes.isAfter(opens))) {
			throw new IllegalArgumentException("closes before it opens");
		}
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(validFrom) && !date.isAfter(validTo);
	}

}
