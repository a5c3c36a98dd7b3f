package org.relais.referral;

import java.util.Set;

/**
 * A person as matching sees them (possibly anonymous): age, where they live (commune code, coordinates),
 * situations (data·inclusion publics), languages, how far they can go and whether remote help suits them.
 * {@code maxDistanceKm} 0 means they cannot travel.
 */
public record MatchProfile(Integer age, String communeCode, Double latitude, Double longitude, Set<String> publics,
		Set<String> languages, Integer maxDistanceKm, boolean remoteOk) {

	public MatchProfile {
		publics = publics == null ? Set.of() : Set.copyOf(publics);
		languages = languages == null ? Set.of() : Set.copyOf(languages);
	}

	boolean hasPoint() {
		return latitude != null && longitude != null;
	}

	boolean cannotTravel() {
		return maxDistanceKm != null && maxDistanceKm <= 0;
	}

}
