package org.relais.agenda;

import java.util.Optional;
import java.util.UUID;

import org.relais.agenda.booking.BookingService;
import org.springframework.stereotype.Service;

/** Read access to appointments for other modules (the notification module's mails and text messages). */
@Service
public class Appointments {

	private final BookingService bookings;

	Appointments(BookingService bookings) {
		this.bookings = bookings;
	}

	/** What a notice needs about an appointment, or empty when it does not exist (any more). */
	public Optional<AppointmentNotice> notice(UUID appointmentId) {
		return bookings.notice(appointmentId);
	}

	/**
	 * The appointment as an iCalendar object to attach to its notices: {@code METHOD:PUBLISH} while booked,
	 * {@code METHOD:CANCEL} once cancelled (same UID, higher SEQUENCE); links made absolute with {@code baseUrl}.
	 */
	public Optional<String> ics(UUID appointmentId, String baseUrl) {
		return bookings.ics(appointmentId, baseUrl);
	}

}
