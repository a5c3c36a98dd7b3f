package org.relais.referral;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;

/**
 * What a sender fills in to refer a person to a service. The receiving organisation is the service's; the
 * consent (how the person agreed) is recorded with the referral, for the purpose {@code referral:<serviceId>}.
 * {@code justification} is required when matching excludes the service for the person (recomputed when the
 * referral is created, whatever the page said). {@code idempotencyKey} is the form's hidden token: a second submission
 * with the same key gives the first referral back. {@code answers} are the values given to the service's liaison
 * questions, by position in its form.
 */
public record NewReferral(UUID beneficiaryId, UUID serviceId, String reason, ContactPreference preferredContact,
		String availability, Map<Integer, String> answers, Set<SharedField> sharedFields, ConsentMethod consentMethod,
		String justification, List<Upload> attachments, String idempotencyKey) {

	/** A file to attach, opened when it is stored. */
	public record Upload(String name, long size, Supplier<InputStream> content) {
	}

	public NewReferral {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
		sharedFields = sharedFields == null ? Set.of() : Set.copyOf(sharedFields);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

}
