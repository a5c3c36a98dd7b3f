package org.relais.referral;

import java.util.EnumSet;
import java.util.Set;

/** The states of a referral (labels: {@code referral.status.CODE}). */
public enum ReferralStatus {

	SENT, ACCEPTED, REFUSED, WAITLISTED, COMPLETED, WITHDRAWN, EXPIRED;

	/** The states a referral ends in: nothing moves it any more. */
	public static final Set<ReferralStatus> CLOSED = EnumSet.of(REFUSED, COMPLETED, WITHDRAWN, EXPIRED);

	public boolean closed() {
		return CLOSED.contains(this);
	}

}
