package org.relais.mutualaid.proof;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, the expiry reminders that became due in their territory's own day (each document is reminded once,
 * so running often only makes the reminder timely wherever the territory is).
 */
@Component
class ProofExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(ProofExpiryJob.class);

	private final ProofDocuments documents;

	private final Clock clock;

	ProofExpiryJob(ProofDocuments documents, Clock clock) {
		this.documents = documents;
		this.clock = clock;
	}

	@Scheduled(cron = "${relais.mutualaid.proof-reminder-cron:0 20 * * * *}")
	void remind() {
		int sent = documents.remindExpiring(clock.instant());
		if (sent > 0) {
			log.info("Proof expiry reminders sent: {}", sent);
		}
	}

}
