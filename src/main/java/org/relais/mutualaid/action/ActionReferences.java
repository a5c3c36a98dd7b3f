package org.relais.mutualaid.action;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * References of action requests, read out on the phone like the desk's: a prefix in the territory's language and six
 * characters without the ones people confuse, e.g. {@code ENT-7K3M9Q} (entraide). Unique per territory.
 */
@Component
class ActionReferences {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final Map<String, String> PREFIXES = Map.of("fr", "ENT", "de", "NBH", "it", "AMU", "en", "MUT");

	private final SecureRandom random = new SecureRandom();

	private final ActionRequestRepository requests;

	ActionReferences(ActionRequestRepository requests) {
		this.requests = requests;
	}

	String next(UUID territoryId, String language) {
		String prefix = PREFIXES.getOrDefault(language, "MUT");
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

}
