package org.relais.desk.domain;

import java.time.Clock;
import java.util.List;

import org.relais.people.BeneficiaryAnonymised;
import org.relais.people.BeneficiaryErased;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's life cycle reaches the desk: their requests are deleted with their history when they are erased; when
 * they are anonymised the requests stay for the figures, without the link to them nor what was written about them.
 */
@Component
class DeskPersonEvents {

	private final DeskRequestRepository requests;

	private final DeskRequestEventRepository history;

	private final Clock clock;

	DeskPersonEvents(DeskRequestRepository requests, DeskRequestEventRepository history, Clock clock) {
		this.requests = requests;
		this.history = history;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(BeneficiaryErased event) {
		for (DeskRequest r : ofPerson(event.territoryId(), event.beneficiaryId())) {
			history.deleteByRequestId(r.getId());
			requests.delete(r);
		}
	}

	@ApplicationModuleListener
	void on(BeneficiaryAnonymised event) {
		List<DeskRequest> found = ofPerson(event.territoryId(), event.beneficiaryId());
		if (found.isEmpty()) {
			return;
		}
		history.findByRequestIdIn(found.stream().map(DeskRequest::getId).toList())
			.forEach(DeskRequestEvent::clearNote);
		found.forEach(r -> r.anonymise(clock.instant()));
	}

	private List<DeskRequest> ofPerson(java.util.UUID territoryId, java.util.UUID personId) {
		return requests.findByPersonId(personId)
			.stream()
			.filter(r -> r.getTerritoryId().equals(territoryId))
			.toList();
	}

}
