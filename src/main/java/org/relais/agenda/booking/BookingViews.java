package org.relais.agenda.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** What the booking pages show: read records built by {@link BookingService}, never entities. */
public final class BookingViews {

	private BookingViews() {
	}

	/** A schedule with the names of its organisation and place. */
	public record ScheduleView(UUID id, UUID organisationId, String organisationName, String place, String title,
			List<DayOfWeek> days, LocalTime start, LocalTime end, int slotMinutes, LocalDate validFrom,
			LocalDate validUntil, boolean publicBooking, boolean active) {
	}

	/** The free slots of one day, in the territory's time zone. */
	public record DaySlots(LocalDate day, List<ZonedDateTime> slots) {
	}

	/** An appointment as the staff pages list it. */
	public record AppointmentView(UUID id, UUID scheduleId, String title, UUID organisationId, String organisationName,
			String place, ZonedDateTime start, ZonedDateTime end, AppointmentStatus status, String reference,
			UUID beneficiaryId, String contactName, String contactPhone, String contactEmail, Instant bookedAt,
			Instant reminderSentAt, String cancelToken) {

		public boolean isBooked() {
			return status == AppointmentStatus.BOOKED;
		}

	}

	/** A line of an appointment's history. */
	public record HistoryLine(Instant at, AppointmentStatus to) {
	}

	/** A closed date of a schedule. */
	public record ClosureView(UUID id, LocalDate day) {
	}

	/** What a new schedule says. */
	public record NewSchedule(UUID organisationId, UUID locationId, String title, List<DayOfWeek> days, LocalTime start,
			LocalTime end, int slotMinutes, LocalDate validFrom, LocalDate validUntil, boolean publicBooking) {
	}

	/**
	 * A booking to make: the slot, either a known person (beneficiaryId) or a contact typed by the inhabitant, the
	 * contact's language, and who books (null: the inhabitant on the public page).
	 */
	public record BookingRequest(UUID scheduleId, Instant slotStart, UUID beneficiaryId, String contactName,
			String contactPhone, String contactEmail, String language, UUID bookedBy, boolean publicPage) {
	}

}
