package org.relais.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a referral's history: from which state to which (from is null for the sending), who (a user id and
 * the name they had, or only a name for an answer through a link), when, why (a refusal reason or outcome code)
 * and their message.
 */
public record ReferralTransitionView(UUID id, UUID referralId, ReferralStatus from, ReferralStatus to, UUID actorId,
		String actorName, String reasonCode, String message, Instant at) {
}
