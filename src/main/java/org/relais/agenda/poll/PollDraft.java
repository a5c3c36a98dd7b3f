package org.relais.agenda.poll;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A checked new poll: what the form said, with slots as instants in {@code zone} and invitees still to resolve. */
record PollDraft(String title, String description, String place, UUID locationId, ZoneId zone, List<Slot> slots,
		Set<UUID> organisationIds, List<String> emails) {

	record Slot(Instant startsAt, Instant endsAt) {
	}

}
