package org.relais.mutualaid;

import java.util.List;
import java.util.UUID;

/**
 * A volunteer raised a wellbeing concern about the person of an action: the staff of the territory are alerted
 * in-app, and the medico-social partner organisation that signalled the need when the territory set it so.
 *
 * @param level LOW, MEDIUM or HIGH
 * @param partnerOrganisationId the organisation whose members are told as well, or null
 */
public record ConcernRaised(UUID territoryId, UUID requestId, UUID concernId, String reference, String level,
		List<UUID> staff, UUID partnerOrganisationId) {

	public ConcernRaised {
		staff = List.copyOf(staff);
	}

}
