package org.relais.mutualaid;

import java.util.Set;

/**
 * A volunteer's state. Labels: {@code mutualaid.volunteer.status.<NAME>}. {@code PENDING} after sign-up until the
 * coordinator activates them; {@code SUSPENDED} by the coordinator (documents expired alone do not suspend the
 * volunteer, only the action types needing them); {@code LEFT} for good.
 */
public enum VolunteerStatus {

	PENDING, ACTIVE, SUSPENDED, LEFT;

	public boolean canGoTo(VolunteerStatus next) {
		return switch (this) {
			case PENDING -> Set.of(ACTIVE, LEFT).contains(next);
			case ACTIVE -> Set.of(SUSPENDED, LEFT).contains(next);
			case SUSPENDED -> Set.of(ACTIVE, LEFT).contains(next);
			case LEFT -> false;
		};
	}

}
