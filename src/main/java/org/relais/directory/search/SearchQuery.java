package org.relais.directory.search;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A directory search. {@code professional} false hides services and fields meant for professionals; all filters
 * are optional (null or empty) and combine with AND, values within one filter with OR.
 *
 * @param territoryId the territory searched (services of its organisations, and of organisations working in it)
 * @param text free text, analysed in French, German, Italian and English
 * @param language the reader's language (for labels, sorting by name and highlighting)
 * @param needs data·inclusion thematiques; a category code (no {@code --}) matches all its needs
 * @param age the person's age: services whose age range includes it
 * @param free true: free services only
 * @param receptionModes {@code en-presentiel}, {@code a-distance}
 * @param openNow open at {@code now} in the territory's time zone
 * @param openOn open at some time that day
 * @param notFull saturation is not FULL
 * @param latitude with {@code longitude}: the point distances are measured from
 * @param radiusKm with a point: only services with a location within that distance
 * @param postalCode services with a location in that postal code
 */
public record SearchQuery(UUID territoryId, boolean professional, String text, String language, Set<String> needs,
		Set<String> publics, Integer age, Boolean free, Set<String> receptionModes, boolean openNow, LocalDate openOn,
		Set<String> languages, Set<String> accessibility, boolean notFull, Double latitude, Double longitude,
		Double radiusKm, String postalCode, Sort sort, int page, int size) {

	/** How results are ordered. */
	public enum Sort {
		RELEVANCE, DISTANCE, FRESHNESS, NAME
	}

	public SearchQuery {
		needs = needs == null ? Set.of() : Set.copyOf(needs);
		publics = publics == null ? Set.of() : Set.copyOf(publics);
		receptionModes = receptionModes == null ? Set.of() : Set.copyOf(receptionModes);
		languages = languages == null ? Set.of() : Set.copyOf(languages);
		accessibility = accessibility == null ? Set.of() : Set.copyOf(accessibility);
		sort = sort == null ? Sort.RELEVANCE : sort;
		page = Math.max(0, page);
		size = size <= 0 ? 20 : Math.min(size, 100);
	}

	public boolean hasPoint() {
		return latitude != null && longitude != null;
	}

	/** A query with only a territory and the audience set, to add filters to. */
	public static SearchQuery all(UUID territoryId, boolean professional, String language) {
		return new SearchQuery(territoryId, professional, null, language, null, null, null, null, null, false, null,
				null, null, false, null, null, null, null, Sort.RELEVANCE, 0, 20);
	}

}
