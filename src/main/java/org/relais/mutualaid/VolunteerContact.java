package org.relais.mutualaid;

import java.util.UUID;

/**
 * How to reach a volunteer: the account (null when the volunteer has none: mail only), the address, the name, the
 * language of their mails, and the phone for a text message (or null).
 */
public record VolunteerContact(UUID volunteerId, UUID userId, String email, String name, String language,
		String phone) {
}
