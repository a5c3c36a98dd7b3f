package org.relais.platform;

import java.util.Optional;
import java.util.UUID;

import org.relais.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the signed-in user of the current request. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<RelaisPrincipal> get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof RelaisPrincipal p) {
			return Optional.of(p);
		}
		return Optional.empty();
	}

	public static RelaisPrincipal require() {
		return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
	}

	/** The territory the user works in now; a user without one gets 404 for every territory resource. */
	public static UUID territoryId() {
		UUID id = require().currentTerritoryId();
		if (id == null) {
			throw NotFoundException.of("territory", "current");
		}
		return id;
	}

}
