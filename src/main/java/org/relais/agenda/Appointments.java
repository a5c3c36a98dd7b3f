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

}
