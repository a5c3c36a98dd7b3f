package org.relais.directory.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritorySummary;

/**
 * Maps zone codes of a file (data·inclusion {@code zone_eligibilite}, {@code code_insee}: commune, EPCI,
 * département, {@code france}/{@code 99100}; BFS or NIS codes likewise) onto the territory's reference areas.
 * A code naming the territory itself, or a wider area that holds it all (its country, a département whose
 * number starts every commune code of the territory), means the whole territory; a code of one of its areas
 * names that area; any other code lies outside the territory.
 */
final class ZoneMapper {

	/** The zone a list of codes makes: whole territory, or these areas; and the codes that lie outside. */
	record Zone(boolean wholeTerritory, Set<String> areas, List<String> outside) {
	}

	private final Set<String> areaCodes = new LinkedHashSet<>();

	private final Set<String> wholeCodes = new LinkedHashSet<>();

	private final List<String> communeCodes = new ArrayList<>();

	ZoneMapper(TerritorySummary territory, List<AreaSummary> areas) {
		if (territory.officialCode() != null) {
			wholeCodes.add(territory.officialCode().toLowerCase(Locale.ROOT));
		}
		if ("FR".equalsIgnoreCase(territory.country())) {
			wholeCodes.add("france");
			wholeCodes.add("99100");
		}
		for (AreaSummary a : areas) {
			if (a.code() == null) {
				continue;
			}
			if (a.parentId() == null && a.kind() != AreaKind.COMMUNE) {
				wholeCodes.add(a.code().toLowerCase(Locale.ROOT));
			}
			areaCodes.add(a.code());
			if (a.kind() == AreaKind.COMMUNE) {
				communeCodes.add(a.code());
			}
		}
	}

	Zone map(List<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return new Zone(true, Set.of(), List.of());
		}
		boolean whole = false;
		Set<String> found = new LinkedHashSet<>();
		List<String> outside = new ArrayList<>();
		for (String raw : codes) {
			String code = raw == null ? "" : raw.strip();
			if (code.isEmpty()) {
				continue;
			}
			if (wholeCodes.contains(code.toLowerCase(Locale.ROOT)) || holdsAllCommunes(code)) {
				whole = true;
			}
			else if (areaCodes.contains(code)) {
				found.add(code);
			}
			else {
				outside.add(code);
			}
		}
		return new Zone(whole, whole ? Set.of() : found, outside);
	}

	/** A French département code (2 or 3 characters) whose number starts every commune code of the territory. */
	private boolean holdsAllCommunes(String code) {
		return code.length() >= 2 && code.length() <= 3 && !communeCodes.isEmpty()
				&& communeCodes.stream().allMatch(c -> c.length() == 5 && c.startsWith(code.toUpperCase(Locale.ROOT)));
	}

	/** Whether a code is one of the territory's areas (for a location's commune). */
	boolean isArea(String code) {
		return code != null && areaCodes.contains(code);
	}

}
