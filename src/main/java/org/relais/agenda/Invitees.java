package org.relais.agenda;

import java.util.Set;
import java.util.UUID;

/**
 * Who is invited to an event: organisations of the territory (all their active members), users of the territory,
 * and people without an account by email address.
 */
public record Invitees(Set<UUID> organisationIds, Set<UUID> userIds, Set<String> emails) {

	public Invitees {
		organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
		userIds = userIds == null ? Set.of() : Set.copyOf(userIds);
		emails = emails == null ? Set.of() : Set.copyOf(emails);
	}

	public boolean isEmpty() {
		return organisationIds.isEmpty() && userIds.isEmpty() && emails.isEmpty();
	}

}
