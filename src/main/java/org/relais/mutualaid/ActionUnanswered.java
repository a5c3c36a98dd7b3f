package org.relais.mutualaid;

import java.util.List;
import java.util.UUID;

/**
 * Nobody (or not enough volunteers) accepted an action in time, or nobody could be offered it: back to the desk.
 *
 * @param staff the territory's agents, coordinators and admins to alert in-app
 * @param round the dispatch round that went unanswered (ids of notifications derive from it)
 */
public record ActionUnanswered(UUID territoryId, UUID requestId, String reference, int round, List<UUID> staff) {

	public ActionUnanswered {
		staff = List.copyOf(staff);
	}

}
