package org.relais.referral;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.people.ContactPreference;

/**
 * Everything a referral holds, for its two sides: the summary, why the person is referred, how and when to reach
 * them, the liaison form answers, which of the person's fields were shared (names of fields, not values), and, when
 * the service was excluded for the person, the exclusion codes and the sender's justification.
 */
public record ReferralDetails(ReferralSummary summary, String reason, ContactPreference preferredContact,
		String availability, List<LiaisonAnswer> answers, Set<SharedField> sharedFields, String justification,
		Set<Exclusion> exclusions, UUID consentId) {

	public ReferralDetails {
		answers = answers == null ? List.of() : List.copyOf(answers);
		sharedFields = sharedFields == null ? Set.of() : Set.copyOf(sharedFields);
		exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
	}

	public UUID id() {
		return summary.id();
	}

	public ReferralStatus status() {
		return summary.status();
	}

}
