package org.relais.people;

import java.util.UUID;

/** A person as a list shows them: enough to recognise them, nothing sensitive. */
public record BeneficiarySummary(UUID id, String firstName, String lastName, boolean pseudonym, Integer birthYear,
		String postalCode) {

	public String displayName() {
		return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
	}

}
