package org.relais.partnership;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a partnership request stands: applied, being reviewed, changes asked of the applicant, contract sent, contract
 * signed, active (organisation and accounts created), or refused.
 */
public enum PartnershipStatus {

	REQUESTED, UNDER_REVIEW, CHANGES_REQUESTED, CONTRACT_SENT, SIGNED, ACTIVE, REFUSED;

	private static final Map<PartnershipStatus, Set<PartnershipStatus>> NEXT = Map.of(REQUESTED,
			EnumSet.of(UNDER_REVIEW, REFUSED), UNDER_REVIEW, EnumSet.of(CHANGES_REQUESTED, CONTRACT_SENT, REFUSED),
			CHANGES_REQUESTED, EnumSet.of(UNDER_REVIEW, REFUSED), CONTRACT_SENT, EnumSet.of(SIGNED, REFUSED), SIGNED,
			EnumSet.of(ACTIVE), ACTIVE, EnumSet.noneOf(PartnershipStatus.class), REFUSED,
			EnumSet.noneOf(PartnershipStatus.class));

	public boolean canGoTo(PartnershipStatus target) {
		return NEXT.get(this).contains(target);
	}

}
