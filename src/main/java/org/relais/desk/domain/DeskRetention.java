package org.relais.desk.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clears the caller's contact (name, phone, email, postal code, message) of web-form requests that were not triaged
 * into a person within {@code relais.desk.contact-retention-days} (90 by default). Triage clears it earlier.
 */
@Component
public class DeskRetention {

	private final DeskRequestRepository requests;

	private final Clock clock;

	private final Duration keep;

	DeskRetention(DeskRequestRepository requests, Clock clock,
			@Value("${relais.desk.contact-retention-days:90}") int days) {
		this.requests = requests;
		this.clock = clock;
		this.keep = Duration.ofDays(days);
	}

	@Scheduled(cron = "${relais.desk.retention-cron:0 40 3 * * *}")
	@Transactional
	public int clearOldContacts() {
		List<DeskRequest> old = requests.withContactCreatedBefore(clock.instant().minus(keep));
		old.forEach(DeskRequest::clearContact);
		return old.size();
	}

}
