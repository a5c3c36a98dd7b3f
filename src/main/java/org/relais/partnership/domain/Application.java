package org.relais.partnership.domain;

/**
 * What an organisation tells about itself when it applies (and again when it corrects its application): the
 * organisation, its legal representative, its operational contact, the language to write to it in, and what it
 * does. Values are already checked and trimmed by the form; optional ones are null.
 */
public record Application(String organisationName, String kind, String legalId, String address, String postalCode,
		String city, String phone, String email, String website, String representativeName,
		String representativeFunction, String representativeEmail, String contactName, String contactEmail,
		String contactPhone, String language, String activity) {
}
