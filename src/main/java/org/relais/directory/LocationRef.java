package org.relais.directory;

import java.util.UUID;

/**
 * A location of an organisation of a territory, as other modules refer to it (where an event or an appointment takes
 * place): name, one-line address, coordinates (null when unknown).
 */
public record LocationRef(UUID id, UUID organisationId, String name, String address, String postalCode, String city,
		Double latitude, Double longitude) {

	/** Name, address, postal code and city on one line, leaving out what is empty. */
	public String oneLine() {
		StringBuilder b = new StringBuilder();
		for (String part : new String[] { name, address, join(postalCode, city) }) {
			if (part != null && !part.isBlank()) {
				if (!b.isEmpty()) {
					b.append(", ");
				}
				b.append(part.strip());
			}
		}
		return b.toString();
	}

	private static String join(String a, String b) {
		return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
	}

}
