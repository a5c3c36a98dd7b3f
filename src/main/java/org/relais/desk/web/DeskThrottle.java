package org.relais.desk.web;

import java.time.Clock;
import java.time.Duration;

import org.relais.platform.SubmissionLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The public request form's limit per client address (5 an hour by default). */
@Component
class DeskThrottle extends SubmissionLimit {

	DeskThrottle(@Value("${relais.desk.public.max-per-ip:5}") int max,
			@Value("${relais.desk.public.window:1h}") Duration window, Clock clock) {
		super(max, window, clock);
	}

	@Scheduled(fixedDelay = 600_000)
	void forget() {
		forgetOld();
	}

}
