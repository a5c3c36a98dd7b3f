package org.relais.desk.domain;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Human-friendly references of desk requests, read out on the phone: a prefix in the territory's language and six
 * characters without the ones people confuse (no 0/O, 1/I/L), e.g. {@code ANF-7K3M9Q}. Unique per territory.
 */
@Component
public class DeskReferences {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final Map<String, String> PREFIXES = Map.of("fr", "DEM", "de", "ANF", "it", "RIC", "en", "REQ");

	private final SecureRandom random = new SecureRandom();

	private final DeskRequestRepository requests;

	DeskReferences(DeskRequestRepository requests) {
		this.requests = requests;
	}

	public String next(UUID territoryId, String language) {
		String prefix = PREFIXES.getOrDefault(language, "REQ");
		for (int attempt = 0; attempt < 20; attempt++) {
			String candidate = prefix + "-" + random(6);
			if (!requests.existsByTerritoryIdAndReference(territoryId, candidate)) {
				return candidate;
			}
		}
		return prefix + "-" + random(10);
	}

	private String random(int length) {
		StringBuilder b = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return b.toString();
	}

	/** The typed reference as stored: upper case, spaces and the confusable letters read as the intended ones. */
	public static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		return typed.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '-');
	}

}
