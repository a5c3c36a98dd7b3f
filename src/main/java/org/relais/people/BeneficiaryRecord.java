package org.relais.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A person's whole record, as an agent of their territory reads it (each read is logged). */
public record BeneficiaryRecord(UUID id, UUID territoryId, String firstName, String lastName, boolean pseudonym,
		LocalDate birthDate, Integer birthYear, String postalCode, String communeCode, String phone, String email,
		Set<String> languages, ContactPreference contactPreference, Set<String> situations, Integer maxDistanceKm,
		boolean remoteOk, String notes, Instant createdAt, Instant lastActivityAt) {
}
