package org.relais.agenda.booking;

import java.time.Clock;
import java.time.Duration;

import org.relais.platform.SubmissionLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Public bookings allowed per client address (10 an hour by default). */
@Component
class BookingThrottle extends SubmissionLimit {

	BookingThrottle(@Value("${relais.agenda.booking.max-public-bookings-per-ip:10}") int max,
			@Value("${relais.agenda.booking.public-window:1h}") Duration window, Clock clock) {
		super(max, window, clock);
	}

	@Scheduled(fixedDelay = 600_000)
	void forget() {
		forgetOld();
	}

}
