package org.relais.mutualaid.volunteer.web;

import java.time.Clock;
import java.time.Duration;

import org.relais.platform.SubmissionLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The public volunteer sign-up's limit per client address (5 an hour by default). */
@Component
class VolunteerThrottle extends SubmissionLimit {

	VolunteerThrottle(@Value("${relais.mutualaid.signup.max-per-ip:5}") int max,
			@Value("${relais.mutualaid.signup.window:1h}") Duration window, Clock clock) {
		super(max, window, clock);
	}

	@Scheduled(fixedDelay = 600_000)
	void forget() {
		forgetOld();
	}

}
