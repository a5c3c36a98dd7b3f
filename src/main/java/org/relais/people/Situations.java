package org.relais.people;

import java.util.List;
import java.util.Map;

import org.relais.shared.DataCategory;

/**
 * The situations an agent may note for a person: the data·inclusion {@code publics} codes (labels in the taxonomy
 * bundle, {@code taxonomy.public.<code>}), minus "tous-publics" which says nothing of a person. Three of them are
 * special categories of data (GDPR art. 9) shown only to the roles {@code SensitiveDataPolicy} allows:
 * <ul>
 * <li>{@code personnes-exilees} (refugees, asylum seekers, immigrants) — a migration process: MIGRATION;</li>
 * <li>{@code beneficiaires-des-minimas-sociaux} (RSA and other social minima) — social aid: SOCIAL_AID;</li>
 * <li>{@code personnes-en-situation-de-handicap} (disability) — health: HEALTH.</li>
 * </ul>
 * The others (job seekers, seniors, families…) are ordinary personal data.
 */
public final class Situations {

	public static final List<String> CODES = List.of("actifs", "beneficiaires-des-minimas-sociaux",
			"demandeurs-emploi", "etudiants", "familles", "femmes", "jeunes", "personnes-en-situation-de-handicap",
			"personnes-en-situation-durgence", "personnes-en-situation-juridique-specifique", "personnes-exilees",
			"residents-qpv-frr", "seniors");

	private static final Map<String, DataCategory> SENSITIVE = Map.of("personnes-exilees", DataCategory.MIGRATION,
			"beneficiaires-des-minimas-sociaux", DataCategory.SOCIAL_AID, "personnes-en-situation-de-handicap",
			DataCategory.HEALTH);

	private Situations() {
	}

	/** The category of a situation code: PERSONAL unless it is one of the three special ones. */
	public static DataCategory category(String code) {
		return SENSITIVE.getOrDefault(code, DataCategory.PERSONAL);
	}

	public static boolean isKnown(String code) {
		return CODES.contains(code);
	}

}
