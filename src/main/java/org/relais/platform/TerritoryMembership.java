package org.relais.platform;

import java.util.Set;
import java.util.UUID;

/** What a user holds in one territory, as seen by the security layer. */
public record TerritoryMembership(UUID territoryId, String slug, String name, Set<Role> roles,
		boolean staffTwoFactorRequired, String timeZone) {

	public TerritoryMembership {
		roles = Set.copyOf(roles);
	}

}
