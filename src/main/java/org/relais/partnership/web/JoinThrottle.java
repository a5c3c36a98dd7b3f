package org.relais.partnership.web;

import java.time.Clock;
import java.time.Duration;

import org.relais.platform.SubmissionLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Partnership applications allowed per client address (5 an hour by default). */
@Component
class JoinThrottle extends SubmissionLimit {

	JoinThrottle(@Value("${relais.partnership.max-applications-per-ip:5}") int max,
			@Value("${relais.partnership.application-window:1h}") Duration window, Clock clock) {
		super(max, window, clock);
	}

	@Scheduled(fixedDelay = 600_000)
	void forget() {
		forgetOld();
	}

}
