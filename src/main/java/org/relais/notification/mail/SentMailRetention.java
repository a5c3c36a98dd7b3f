package org.relais.notification.mail;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The record of sent mails holds addresses: it is kept only as long as an event could be replayed (default 90
 * days, {@code relais.notification.sent-mail-retention}).
 */
@Component
class SentMailRetention {

	private static final Logger log = LoggerFactory.getLogger(SentMailRetention.class);

	private final SentMailRepository sent;

	private final Clock clock;

	private final Duration retention;

	SentMailRetention(SentMailRepository sent, Clock clock,
			@Value("${relais.notification.sent-mail-retention:P90D}") Duration retention) {
		this.sent = sent;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${relais.notification.retention-cron:0 40 3 * * *}")
	void purge() {
		int deleted = sent.deleteSentBefore(clock.instant().minus(retention));
		if (deleted > 0) {
			log.info("Removed {} sent-mail records older than {}", deleted, retention);
		}
	}

}
