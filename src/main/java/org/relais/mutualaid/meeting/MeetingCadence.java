package org.relais.mutualaid.meeting;

import java.time.LocalDate;

/**
 * Where a territory stands with its volunteer meetings today.
 *
 * @param lastHeldOn the day of the last meeting held (today or before), or null
 * @param monthsSince whole months since that meeting, or null
 * @param nextDueBy the day by which the next meeting is due (the last one, or the first active volunteer's start,
 * plus the interval), or null when the territory has neither
 * @param overdue no meeting is scheduled and {@code nextDueBy} has passed
 * @param next the next scheduled meeting (after today), or null
 */
public record MeetingCadence(int intervalMonths, LocalDate lastHeldOn, Long monthsSince, LocalDate nextDueBy,
		boolean overdue, VolunteerMeeting next) {
}
