package org.relais.partnership.domain;

import java.util.UUID;

import org.relais.platform.ProtectedFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Contracts and signed copies are served only by the partnership pages (admin and status page), never by /files. */
@Component
class PartnershipFiles implements ProtectedFiles {

	private final PartnershipRequestRepository requests;

	PartnershipFiles(PartnershipRequestRepository requests) {
		this.requests = requests;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean protects(UUID fileId) {
		return requests.holdsFile(fileId);
	}

}
