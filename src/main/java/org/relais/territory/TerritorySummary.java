package org.relais.territory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A territory as other modules see it. */
public record TerritorySummary(UUID id, String slug, Map<String, String> names, String country, String officialCode,
		String codeSystem, TerritoryKind kind, Integer population, String defaultLanguage, List<String> languages,
		String timeZone, UUID logoFileId) {

	/** The name in a language, else in the territory's default language, else any. */
	public String name(String language) {
		String n = names.get(language);
		if (n == null) {
			n = names.get(defaultLanguage);
		}
		return n != null ? n : names.values().stream().findFirst().orElse(slug);
	}

}
