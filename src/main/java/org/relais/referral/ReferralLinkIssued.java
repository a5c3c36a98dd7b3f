package org.relais.referral;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A signed link to one referral was made for a receiving organisation without any account: the notification module
 * mails it to the organisation's address, in {@code language}. {@code why} says whether it comes with the sending,
 * a reminder or a renewal asked from an expired link. {@code mailId} is unique per link (a replay sends nothing).
 */
public record ReferralLinkIssued(UUID mailId, UUID referralId, UUID territoryId, String organisationName,
		String email, String language, Map<String, String> serviceNames, String senderName, String link,
		Instant expiresAt, Why why) {

	public enum Why {

		SENT, REMINDER, RENEWED

	}

}
