package org.relais.people;

import java.time.Instant;
import java.util.UUID;

/** A consent as recorded: for what, how, when and by whom; withdrawn or current. */
public record ConsentSummary(UUID id, UUID beneficiaryId, String purpose, ConsentMethod method, Instant givenAt,
		UUID recordedBy, Instant withdrawnAt) {

	public boolean current() {
		return withdrawnAt == null;
	}

}
