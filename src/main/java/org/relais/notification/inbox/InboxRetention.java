package org.relais.notification.inbox;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Notifications are kept a year (default, {@code relais.notification.inbox-retention}), then removed. */
@Component
class InboxRetention {

	private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);

	private final Inbox inbox;

	private final Clock clock;

	private final Duration retention;

	InboxRetention(Inbox inbox, Clock clock,
			@Value("${relais.notification.inbox-retention:P365D}") Duration retention) {
		this.inbox = inbox;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${relais.notification.retention-cron:0 40 3 * * *}")
	void purge() {
		int deleted = inbox.deleteCreatedBefore(clock.instant().minus(retention));
		if (deleted > 0) {
			log.info("Removed {} notifications older than {}", deleted, retention);
		}
	}

}
