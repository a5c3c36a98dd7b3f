package org.relais.referral;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A referral is still waiting for the receiving organisation's answer: the notification module reminds its members.
 * {@code number} counts the reminders of this referral (1 for the first), so each one is mailed once.
 */
public record ReferralReminderDue(UUID referralId, UUID territoryId, UUID organisationId,
		Map<String, String> serviceNames, String senderName, Instant sentAt, int number) {
}
