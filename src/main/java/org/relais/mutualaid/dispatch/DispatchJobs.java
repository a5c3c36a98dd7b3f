package org.relais.mutualaid.dispatch;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes: requests whose acceptance delay passed go back to the desk (unanswered), and volunteers whose
 * action is tomorrow are reminded (once). The work is in {@link Dispatcher#expire} and {@link Dispatcher#remind},
 * which take the instant so that tests call them directly.
 */
@Component
class DispatchJobs {

	private static final Logger log = LoggerFactory.getLogger(DispatchJobs.class);

	private final Dispatcher dispatcher;

	private final Clock clock;

	DispatchJobs(Dispatcher dispatcher, Clock clock) {
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${relais.mutualaid.dispatch.job-delay:PT5M}",
			initialDelayString = "${relais.mutualaid.dispatch.job-initial-delay:PT2M}")
	void run() {
		int unanswered = dispatcher.expire(clock.instant());
		int reminded = dispatcher.remind(clock.instant());
		if (unanswered + reminded > 0) {
			log.info("Mutual-aid dispatch: {} request(s) unanswered, {} volunteer(s) reminded", unanswered, reminded);
		}
	}

}
