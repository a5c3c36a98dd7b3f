package org.relais.referral;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.relais.directory.ServiceEligibility;

/**
 * The answer of a match: the services that can take the person, best first, each with its score and why; the
 * services of the asked needs that cannot, with every reason; and the needs no service can answer.
 */
public record MatchResult(List<Result> results, List<Excluded> excluded, Set<String> unmetNeeds) {

	/** A service that can take the person; {@code warnings} holds {@link Exclusion#NOT_VERIFIED_RECENTLY}. */
	public record Result(ServiceEligibility service, int score, Double distanceKm, ZonedDateTime nextOpening,
			List<RankReason> reasons, List<Exclusion> warnings) {
	}

	/** A service that cannot take the person, and why (every reason, in the order of {@link Exclusion}). */
	public record Excluded(ServiceEligibility service, Double distanceKm, List<Exclusion> reasons) {
	}

}
