package org.relais.directory;

import java.util.UUID;

/**
 * An organisation whose partnership the territory admin already checked (partner onboarding), with its main
 * location. {@code kind} is one of {@link PartnerOrganisations#kinds()}; {@code legalIdScheme} and {@code legalId}
 * may be null; {@code country} is an ISO 3166 code (CH, FR…).
 */
public record NewPartnerOrganisation(UUID territoryId, String language, String name, String kind,
		String legalIdScheme, String legalId, String email, String phone, String website, String address,
		String postalCode, String city, String country) {
}
