package org.relais.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a viewer may do with a referral they can see: answer it as a member of the receiving organisation, withdraw
 * it as the sender side (agents, coordinators and admins of the territory), or both.
 */
public record ReferralAccess(boolean receiver, boolean sender) {

	/** The actions open to this viewer from the referral's state. */
	public Set<ReferralAction.Kind> allowed(ReferralStatus status) {
		Set<ReferralAction.Kind> out = EnumSet.noneOf(ReferralAction.Kind.class);
		if (receiver) {
			if (status == ReferralStatus.SENT || status == ReferralStatus.WAITLISTED) {
				out.add(ReferralAction.Kind.ACCEPT);
				out.add(ReferralAction.Kind.REFUSE);
			}
			if (status == ReferralStatus.SENT) {
				out.add(ReferralAction.Kind.WAITLIST);
			}
			if (status == ReferralStatus.ACCEPTED) {
				out.add(ReferralAction.Kind.COMPLETE);
			}
		}
		if (sender && !status.closed()) {
			out.add(ReferralAction.Kind.WITHDRAW);
		}
		return out;
	}

}
