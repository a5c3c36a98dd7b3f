package org.relais.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the matching rules read of a published (or temporarily closed) service: its needs and who it takes, where,
 * when and how. Codes are data·inclusion codes; {@code zoneCommunes} are the official codes of the communes its
 * zone of eligibility covers (intercommunalities, départements and cantons expanded), empty when the zone is the
 * whole territory. A temporarily closed service opens again on {@code closedUntil} (null: until further notice).
 */
public record ServiceEligibility(UUID serviceId, UUID organisationId, Map<String, String> names,
		String organisationName, Set<String> needs, Set<String> publics, boolean publicsReserved, Integer minAge,
		Integer maxAge, boolean wholeTerritory, Set<String> zoneCommunes, Set<String> languages,
		Set<String> receptionModes, SaturationLevel saturation, boolean temporarilyClosed, LocalDate closedUntil,
		Instant verifyBy, List<Place> places) {

	/** data·inclusion reception mode codes. */
	public static final String ON_SITE = "en-presentiel";

	public static final String REMOTE = "a-distance";

	/** A place where the service is delivered. */
	public record Place(UUID locationId, Double latitude, Double longitude, String communeCode, OpeningTimes hours) {

		public boolean hasCoordinates() {
			return latitude != null && longitude != null;
		}

	}

	public ServiceEligibility {
		names = names == null ? Map.of() : Map.copyOf(names);
		needs = needs == null ? Set.of() : Set.copyOf(needs);
		publics = publics == null ? Set.of() : Set.copyOf(publics);
		zoneCommunes = zoneCommunes == null ? Set.of() : Set.copyOf(zoneCommunes);
		languages = languages == null ? Set.of() : Set.copyOf(languages);
		receptionModes = receptionModes == null ? Set.of() : Set.copyOf(receptionModes);
		saturation = saturation == null ? SaturationLevel.AVAILABLE : saturation;
		places = places == null ? List.of() : List.copyOf(places);
	}

	/** The name in a language, else French, else any. */
	public String name(String language) {
		String n = names.get(language);
		if (n == null) {
			n = names.get("fr");
		}
		return n != null ? n : names.values().stream().findFirst().orElse("");
	}

	public boolean remote() {
		return receptionModes.contains(REMOTE);
	}

	/** On site unless it says it is only remote. */
	public boolean onSite() {
		return receptionModes.isEmpty() || receptionModes.contains(ON_SITE);
	}

}
