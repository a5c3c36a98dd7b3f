package org.relais.referral;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A referral was sent to a receiving organisation. Carries what the notifications need: the service's names by
 * language, the organisations, the sender (user id and name).
 */
public record ReferralSent(UUID referralId, UUID territoryId, UUID serviceId, Map<String, String> serviceNames,
		UUID organisationId, String organisationName, UUID senderUserId, String senderName, Instant sentAt) {
}
