package org.relais.partnership.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.relais.partnership.PartnershipStatus;
import org.relais.platform.StoredFiles;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets partnership requests that will not become partners: refused ones a year after the refusal, and requests
 * left unfinished for two years (with their links, history, invitations and files). Active partners' requests stay:
 * they hold the signed contract.
 */
@Component
class PartnershipRetention {

	static final Duration REFUSED = Duration.ofDays(365);

	static final Duration ABANDONED = Duration.ofDays(730);

	private final PartnershipRequestRepository requests;

	private final StoredFiles files;

	private final Clock clock;

	PartnershipRetention(PartnershipRequestRepository requests, StoredFiles files, Clock clock) {
		this.requests = requests;
		this.files = files;
		this.clock = clock;
	}

	@Scheduled(cron = "${relais.partnership.retention-cron:0 40 3 * * *}")
	@Transactional
	public int purge() {
		Instant now = clock.instant();
		List<PartnershipRequest> gone = new ArrayList<>(
				requests.findByStatusAndUpdatedAtBefore(PartnershipStatus.REFUSED, now.minus(REFUSED)));
		gone.addAll(requests.findByStatusNotInAndUpdatedAtBefore(
				List.of(PartnershipStatus.REFUSED, PartnershipStatus.ACTIVE), now.minus(ABANDONED)));
		for (PartnershipRequest r : gone) {
			requests.delete(r);
			requests.flush();
			for (var fileId : new java.util.UUID[] { r.getContractFileId(), r.getSignedFileId() }) {
				if (fileId != null) {
					files.delete(fileId);
				}
			}
		}
		return gone.size();
	}

}
