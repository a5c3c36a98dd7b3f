package org.relais.platform.events;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries event publications whose listener failed (a mail server down, say) every few minutes, not only at the
 * next restart. Each listener stays idempotent (mails carry an id and are sent once).
 */
@Component
class EventRetry {

	private final ObjectProvider<FailedEventPublications> failed;

	private final Duration minAge;

	EventRetry(ObjectProvider<FailedEventPublications> failed,
			@Value("${relais.events.retry-min-age:5m}") Duration minAge) {
		this.failed = failed;
		this.minAge = minAge;
	}

	@Scheduled(fixedDelayString = "${relais.events.retry-interval:5m}", initialDelayString = "${relais.events.retry-interval:5m}")
	void resubmitFailed() {
		failed.ifAvailable(f -> f.resubmit(ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(100)));
	}

}
