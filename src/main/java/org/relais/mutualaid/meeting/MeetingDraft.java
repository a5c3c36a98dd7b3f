package org.relais.mutualaid.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A volunteer meeting to schedule: title, day and time (the territory's wall clock), length in minutes, the place
 * (a directory location, or an address, or neither) and a note for the facilitator (kept on the meeting, not sent).
 */
public record MeetingDraft(String title, LocalDate date, LocalTime time, int durationMinutes, UUID locationId,
		String address, String facilitatorNote) {

	/** The default length: two hours. */
	public static final int DEFAULT_MINUTES = 120;

	public static final int MAX_MINUTES = 12 * 60;

	public static final int MAX_NOTE = 2000;

}
