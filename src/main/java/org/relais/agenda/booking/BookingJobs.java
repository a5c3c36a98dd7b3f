package org.relais.agenda.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The booking jobs: announce the reminders due (each appointment once: the flag is stored with it), and clear the
 * contact details of appointments some days after their slot.
 */
@Component
class BookingJobs {

	private static final Logger log = LoggerFactory.getLogger(BookingJobs.class);

	private final BookingService bookings;

	private final Clock clock;

	private final Duration contactRetention;

	BookingJobs(BookingService bookings, Clock clock,
			@Value("${relais.agenda.booking.contact-retention-days:90}") int contactRetentionDays) {
		this.bookings = bookings;
		this.clock = clock;
		this.contactRetention = Duration.ofDays(contactRetentionDays);
	}

	@Scheduled(cron = "${relais.agenda.booking.reminder-cron:0 */15 * * * *}")
	void scheduled() {
		run(clock.instant());
	}

	/** Runs the jobs as at {@code now}; returns the number of reminders announced. */
	int run(Instant now) {
		int reminded = bookings.remind(now);
		int cleared = bookings.clearContacts(now.minus(contactRetention));
		if (reminded > 0 || cleared > 0) {
			log.info("Appointment booking: {} reminders due, {} contacts cleared", reminded, cleared);
		}
		return reminded;
	}

}
