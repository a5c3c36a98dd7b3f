package org.relais.people;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an agent enters about a person: the minimum the work needs. A pseudonym goes in {@code lastName} with
 * {@code pseudonym} set. {@code birthDate} or {@code birthYear}; {@code situations} are data·inclusion
 * {@code publics} codes; {@code languages} ISO 639-1 codes.
 */
public record NewBeneficiary(String firstName, String lastName, boolean pseudonym, LocalDate birthDate,
		Integer birthYear, String postalCode, String communeCode, String phone, String email, Set<String> languages,
		ContactPreference contactPreference, Set<String> situations, Integer maxDistanceKm, boolean remoteOk,
		String notes) {

	public NewBeneficiary {
		languages = languages == null ? Set.of() : Set.copyOf(languages);
		situations = situations == null ? Set.of() : Set.copyOf(situations);
		contactPreference = contactPreference == null ? ContactPreference.THROUGH_REFERENT : contactPreference;
	}

	/** The birth year, given or taken from the birth date. */
	public Integer year() {
		return birthDate != null ? Integer.valueOf(birthDate.getYear()) : birthYear;
	}

}
