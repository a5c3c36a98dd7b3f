package org.relais.referral.partner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.relais.people.BeneficiaryRecord;
import org.relais.people.ConsentSummary;
import org.relais.people.People;
import org.relais.referral.ReferralDetails;
import org.relais.referral.SharedField;

/**
 * What the receiving organisation reads of a referral besides the referral itself: the values of the person's
 * shared fields (read from the record now, the read logged by {@link People#read}) and the date of the consent.
 */
record LiaisonContent(ReferralDetails referral, List<Field> fields, boolean personGone, Instant consentGivenAt) {

	/** A shared field and its value. */
	record Field(SharedField field, String value) {
	}

	static LiaisonContent of(ReferralDetails r, People people) {
		var s = r.summary();
		Optional<BeneficiaryRecord> person = people.read(s.territoryId(), s.beneficiaryId());
		List<Field> fields = new ArrayList<>();
		person.ifPresent(p -> {
			for (SharedField f : SharedField.DEFAULT) {
				String v = r.sharedFields().contains(f) ? value(p, f) : null;
				if (v != null && !v.isBlank()) {
					fields.add(new Field(f, v));
				}
			}
		});
		Instant consent = r.consentId() == null ? null
				: people.consents(s.territoryId(), s.beneficiaryId())
					.stream()
					.filter(c -> c.id().equals(r.consentId()))
					.map(ConsentSummary::givenAt)
					.findFirst()
					.orElse(null);
		return new LiaisonContent(r, List.copyOf(fields), person.isEmpty(), consent);
	}

	private static String value(BeneficiaryRecord p, SharedField f) {
		return switch (f) {
			case NAME -> p.firstName() == null || p.firstName().isBlank() ? p.lastName()
					: p.firstName() + " " + p.lastName();
			case BIRTH_YEAR -> p.birthDate() != null ? Integer.toString(p.birthDate().getYear())
					: p.birthYear() == null ? null : p.birthYear().toString();
			case PHONE -> p.phone();
			case EMAIL -> p.email();
		};
	}

}
