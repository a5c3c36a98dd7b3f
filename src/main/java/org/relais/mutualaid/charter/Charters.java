package org.relais.mutualaid.charter;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.relais.mutualaid.MutualAidException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory's volunteer charter: the current version, publishing a new one, signing it. Without a published
 * charter nobody can sign, so no volunteer is ready: the coordinator publishes the first version (the demo does it
 * for its territories).
 */
@Service
@Transactional
public class Charters {

	public static final int MAX_TEXT = 20_000;

	private final CharterRepository charters;

	private final CharterSignatureRepository signatures;

	private final Clock clock;

	Charters(CharterRepository charters, CharterSignatureRepository signatures, Clock clock) {
		this.charters = charters;
		this.signatures = signatures;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Charter> current(UUID territoryId) {
		return charters.findFirstByTerritoryIdOrderByVersionNumberDesc(territoryId);
	}

	/**
	 * Publishes a new version with its texts (language → text; at least one non-blank, each at most
	 * {@link #MAX_TEXT} characters). Blank texts are left out.
	 */
	public Charter publish(UUID territoryId, Map<String, String> texts, UUID by) {
		Map<String, String> kept = new java.util.LinkedHashMap<>();
		texts.forEach((lang, text) -> {
			if (text != null && !text.isBlank()) {
				if (text.length() > MAX_TEXT) {
					throw new MutualAidException("text_" + lang, "mutualaid.error.charter.tooLong", MAX_TEXT);
				}
				kept.put(lang, text.strip());
			}
		});
		if (kept.isEmpty()) {
			throw new MutualAidException("text", "mutualaid.error.charter.empty");
		}
		int next = current(territoryId).map(c -> c.getVersionNumber() + 1).orElse(1);
		return charters.save(new Charter(territoryId, next, kept, by, clock.instant()));
	}

	/** Signs a charter version (idempotent). The version must be the territory's current one. */
	public CharterSignature sign(UUID territoryId, UUID volunteerId, UUID charterId, String language) {
		Charter current = current(territoryId)
			.orElseThrow(() -> new MutualAidException(null, "mutualaid.error.charter.none"));
		if (!current.getId().equals(charterId)) {
			throw new MutualAidException(null, "mutualaid.error.charter.outdated", current.getVersionNumber());
		}
		return signatures.findByVolunteerIdAndCharterId(volunteerId, charterId)
			.orElseGet(() -> signatures.save(new CharterSignature(volunteerId, current, language, clock.instant())));
	}

	/** Whether the volunteer signed the territory's current version (false when there is none). */
	@Transactional(readOnly = true)
	public boolean signedCurrent(UUID territoryId, UUID volunteerId) {
		return current(territoryId)
			.map(c -> signatures.findByVolunteerIdAndCharterId(volunteerId, c.getId()).isPresent())
			.orElse(false);
	}

}
