package org.relais.referral;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A referral as lists and the pathway show it: who sent the person where, when, and where it stands. No identity:
 * the person is an id, read through {@code People} by whoever may see them.
 */
public record ReferralSummary(UUID id, UUID territoryId, UUID beneficiaryId, UUID serviceId,
		Map<String, String> serviceNames, UUID organisationId, String organisationName, UUID sentBy,
		String senderName, ReferralStatus status, RefusalReason refusalReason, Outcome outcome, Instant sentAt,
		Instant lastChangeAt, Instant answeredAt, Instant closedAt) {

	public ReferralSummary {
		serviceNames = serviceNames == null ? Map.of() : Map.copyOf(serviceNames);
	}

	/** The service's name in a language, else French, else any. */
	public String serviceName(String language) {
		String n = serviceNames.get(language);
		if (n == null) {
			n = serviceNames.get("fr");
		}
		return n != null ? n : serviceNames.values().stream().findFirst().orElse("");
	}

}
