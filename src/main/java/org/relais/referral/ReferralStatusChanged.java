package org.relais.referral;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A referral moved from one state to another. {@code transitionId} is the id of the history line (unique per
 * change: notifications derive their ids from it); {@code actorUserId} is null for a change made by the system
 * (expiry) or through a link; {@code reasonCode} is the refusal reason or the outcome, or null.
 */
public record ReferralStatusChanged(UUID transitionId, UUID referralId, UUID territoryId, UUID serviceId,
		Map<String, String> serviceNames, UUID organisationId, String organisationName, UUID senderUserId,
		UUID actorUserId, String actorName, ReferralStatus from, ReferralStatus to, String reasonCode, Instant at) {
}
