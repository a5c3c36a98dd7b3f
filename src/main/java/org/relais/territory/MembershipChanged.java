package org.relais.territory;

import java.util.Set;
import java.util.UUID;

/** A user's roles in a territory changed (granted, withdrawn, account disabled or enabled). */
public record MembershipChanged(UUID userId, UUID territoryId, String territoryName, Set<String> roles,
		boolean enabled) {
}
