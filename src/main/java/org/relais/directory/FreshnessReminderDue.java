package org.relais.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An editor of directory entries is asked to confirm that their services are still accurate: the monthly reminder
 * of stale services (first working day of the month, once per editor and month), or a territory admin's campaign.
 * Carries everything the mail shows, in the editor's language, and the one-click confirmation link.
 *
 * @param mailId sent once under this id
 * @param userId the editor
 * @param email the editor's address
 * @param displayName the editor's name
 * @param language the editor's language (fr, de, it, en)
 * @param territoryName the territory's name in that language
 * @param services the services to confirm, with their organisation
 * @param link the signed one-click confirmation link
 * @param expiresAt when the link stops working
 * @param campaignDeadline for a campaign, the date asked for; null for the monthly reminder
 * @param campaignMessage for a campaign, the territory admin's words, or null
 */
public record FreshnessReminderDue(UUID mailId, UUID userId, String email, String displayName, String language,
		String territoryName, List<ServiceToConfirm> services, String link, Instant expiresAt,
		LocalDate campaignDeadline, String campaignMessage) {

	public FreshnessReminderDue {
		services = List.copyOf(services);
	}

	/**
	 * A service of the mail.
	 *
	 * @param name its name in the editor's language
	 * @param organisation its organisation's name in that language
	 * @param verifyBy when it was due for verification (null: never assured)
	 */
	public record ServiceToConfirm(String name, String organisation, Instant verifyBy) {
	}

}
