package org.relais.partnership;

import java.util.List;
import java.util.UUID;

/**
 * A partnership request changed status. The notification module mails each applicant recipient (in the request's
 * language, with their own private link to the status page) and, when {@code territoryAdmins} is not empty, tells
 * those admins (mail in their language and in-app) with a link to the request's admin page.
 *
 * @param stepId identifies the change: mails and notifications derive their ids from it
 * @param resubmitted true when the applicant sent back a corrected application (status UNDER_REVIEW)
 * @param note the admin's message (changes asked, refusal reason), or null
 */
public record PartnershipProgressed(UUID stepId, UUID requestId, UUID territoryId, String reference,
		String organisationName, String territoryName, PartnershipStatus status, boolean resubmitted,
		String language, String note, List<Recipient> applicants, List<UUID> territoryAdmins, String adminLink) {

	/**
	 * What the territory's admins are told about: {@code REQUESTED} (a new request), {@code RESUBMITTED} (a
	 * corrected one) or {@code SIGNED} (a signed contract to activate); null when they are not told.
	 */
	public String adminKind() {
		if (territoryAdmins.isEmpty()) {
			return null;
		}
		if (resubmitted) {
			return "RESUBMITTED";
		}
		return status == PartnershipStatus.REQUESTED || status == PartnershipStatus.SIGNED ? status.name() : null;
	}

	/** Someone of the applying organisation, and the private link to the status page made for them. */
	public record Recipient(String name, String email, String link) {
	}

}
