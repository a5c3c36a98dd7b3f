package org.relais.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.relais.directory.SaturationLevel;
import org.relais.directory.ServiceEligibility;
import org.relais.directory.ServiceEligibility.Place;

/**
 * The matching rules, as a pure function: which services of the asked needs can take a person, ranked, and why
 * each other cannot. Nothing here reads a database; the directory gives the candidates.
 *
 * <p>
 * Score (0–100): the share of the asked needs the service answers (40), distance (25, full within 2 km, none at
 * the person's limit or 30 km), open at the asked time or soon (15), saturation (10 when places are available, 5
 * when limited), verified within its period (10).
 */
public final class Matcher {

	static final double NEAR_KM = 5;

	private static final double DEFAULT_REACH_KM = 30;

	private Matcher() {
	}

	/**
	 * @param at the time asked for (null: now, and "closed at that time" is not checked)
	 */
	public static MatchResult match(MatchProfile profile, Set<String> needs, Instant at, Instant now,
			Iterable<ServiceEligibility> candidates) {
		List<Sorted<MatchResult.Result>> results = new ArrayList<>();
		List<Sorted<MatchResult.Excluded>> excluded = new ArrayList<>();
		for (ServiceEligibility s : candidates) {
			if (Collections.disjoint(s.needs(), needs)) {
				continue;
			}
			Double distance = distance(profile, s);
			EnumSet<Exclusion> reasons = reasons(profile, s, distance, at, now);
			List<Exclusion> blocking = blocking(reasons);
			if (!blocking.isEmpty()) {
				excluded.add(new Sorted<>(new MatchResult.Excluded(s, distance, blocking), -blocking.size(), 0,
						s.name("fr")));
				continue;
			}
			MatchResult.Result r = rank(profile, needs, s, distance, at == null ? now : at, reasons);
			results.add(new Sorted<>(r, r.score(), distance == null ? Double.MAX_VALUE : distance, s.name("fr")));
		}
		Set<String> unmet = new LinkedHashSet<>(needs);
		for (Sorted<MatchResult.Result> r : results) {
			if (unmet.isEmpty()) {
				break;
			}
			unmet.removeIf(r.value().service().needs()::contains);
		}
		return new MatchResult(Sorted.inOrder(results), Sorted.inOrder(excluded), Collections.unmodifiableSet(unmet));
	}

	/**
	 * An answer with its sort keys read once (sorting thousands of answers by keys read at each comparison cost
	 * as much as the rules): best score first (fewest reasons, for the excluded), then nearest, then by name.
	 */
	private record Sorted<T>(T value, int high, double near, String name) implements Comparable<Sorted<T>> {

		@Override
		public int compareTo(Sorted<T> o) {
			int c = Integer.compare(o.high, high);
			if (c == 0) {
				c = Double.compare(near, o.near);
			}
			return c != 0 ? c : name.compareTo(o.name);
		}

		static <T> List<T> inOrder(List<Sorted<T>> list) {
			Collections.sort(list);
			List<T> out = new ArrayList<>(list.size());
			for (Sorted<T> x : list) {
				out.add(x.value());
			}
			return Collections.unmodifiableList(out);
		}

	}

	private static List<Exclusion> blocking(EnumSet<Exclusion> reasons) {
		if (reasons.isEmpty() || (reasons.size() == 1 && reasons.contains(Exclusion.NOT_VERIFIED_RECENTLY))) {
			return List.of();
		}
		List<Exclusion> blocking = new ArrayList<>(reasons.size());
		for (Exclusion e : reasons) {
			if (e.excludes()) {
				blocking.add(e);
			}
		}
		return List.copyOf(blocking);
	}

	static EnumSet<Exclusion> reasons(MatchProfile p, ServiceEligibility s, Double distance, Instant at, Instant now) {
		EnumSet<Exclusion> r = EnumSet.noneOf(Exclusion.class);
		if (p.age() != null && s.minAge() != null && p.age() < s.minAge()) {
			r.add(Exclusion.AGE_BELOW_MINIMUM);
		}
		if (p.age() != null && s.maxAge() != null && p.age() > s.maxAge()) {
			r.add(Exclusion.AGE_ABOVE_MAXIMUM);
		}
		if (s.publicsReserved() && !s.publics().isEmpty() && Collections.disjoint(s.publics(), p.publics())) {
			r.add(Exclusion.PUBLIC_NOT_SERVED);
		}
		if (!s.wholeTerritory() && !s.zoneCommunes().isEmpty() && p.communeCode() != null
				&& !s.zoneCommunes().contains(p.communeCode())) {
			r.add(Exclusion.OUTSIDE_ELIGIBILITY_ZONE);
		}
		if (s.saturation() == SaturationLevel.FULL) {
			r.add(Exclusion.FULL);
		}
		if (s.saturation() == SaturationLevel.WAITLIST) {
			r.add(Exclusion.WAITLIST);
		}
		Instant when = at == null ? now : at;
		if (s.temporarilyClosed() && (s.closedUntil() == null || !when.isAfter(s.closedUntil()
			.atStartOfDay(java.time.ZoneOffset.UTC)
			.toInstant()))) {
			r.add(Exclusion.TEMPORARILY_CLOSED);
		}
		boolean remoteSuits = p.remoteOk() && s.remote();
		if (at != null && !remoteSuits && s.onSite() && closedAt(s, at)) {
			r.add(Exclusion.CLOSED_AT_REQUESTED_TIME);
		}
		if (!p.languages().isEmpty() && !s.languages().isEmpty() && Collections.disjoint(p.languages(), s.languages())) {
			r.add(Exclusion.LANGUAGE_NOT_SPOKEN);
		}
		if (!remoteSuits) {
			if (p.cannotTravel() && p.remoteOk() && !s.remote()) {
				r.add(Exclusion.ON_SITE_ONLY);
			}
			else if (distance != null && p.maxDistanceKm() != null && distance > p.maxDistanceKm()) {
				r.add(Exclusion.TOO_FAR);
			}
		}
		if (s.verifyBy() != null && s.verifyBy().isBefore(now)) {
			r.add(Exclusion.NOT_VERIFIED_RECENTLY);
		}
		return r;
	}

	private static MatchResult.Result rank(MatchProfile p, Set<String> needs, ServiceEligibility s, Double distance,
			Instant when, EnumSet<Exclusion> warnings) {
		List<RankReason> why = new ArrayList<>();
		int answered = 0;
		for (String need : needs) {
			if (s.needs().contains(need)) {
				answered++;
			}
		}
		double score = 40.0 * answered / needs.size();
		why.add(answered == needs.size() ? RankReason.ALL_NEEDS : RankReason.SOME_NEEDS);
		boolean remoteSuits = p.remoteOk() && s.remote();
		if (distance != null) {
			double reach = p.maxDistanceKm() != null && p.maxDistanceKm() > 0 ? p.maxDistanceKm() : DEFAULT_REACH_KM;
			score += 25 * Math.max(0, Math.min(1, (reach - distance) / Math.max(1, reach - 2)));
			if (distance <= NEAR_KM) {
				why.add(RankReason.NEAR);
			}
		}
		if (remoteSuits) {
			score += distance == null || distance > NEAR_KM ? 15 : 0;
			why.add(RankReason.REMOTE_POSSIBLE);
		}
		ZonedDateTime next = nextOpening(s, when);
		if (next != null) {
			Duration wait = Duration.between(when, next.toInstant());
			if (wait.isZero() || wait.isNegative()) {
				score += 15;
				why.add(RankReason.OPEN);
			}
			else if (wait.compareTo(Duration.ofHours(48)) <= 0) {
				score += 15 * (1 - wait.toMinutes() / (48.0 * 60));
				why.add(RankReason.OPENS_SOON);
			}
		}
		if (s.saturation() == SaturationLevel.AVAILABLE) {
			score += 10;
			why.add(RankReason.AVAILABLE);
		}
		else if (s.saturation() == SaturationLevel.LIMITED) {
			score += 5;
			why.add(RankReason.LIMITED);
		}
		if (!warnings.contains(Exclusion.NOT_VERIFIED_RECENTLY)) {
			score += 10;
			why.add(RankReason.VERIFIED);
		}
		return new MatchResult.Result(s, (int) Math.round(Math.min(100, score)), distance, next, List.copyOf(why),
				List.copyOf(warnings));
	}

	/** Whether some place gives its hours and none is open at that time. */
	private static boolean closedAt(ServiceEligibility s, Instant at) {
		boolean known = false;
		for (Place pl : s.places()) {
			if (pl.hours().known()) {
				if (pl.hours().isOpen(at)) {
					return false;
				}
				known = true;
			}
		}
		return known;
	}

	private static ZonedDateTime nextOpening(ServiceEligibility s, Instant when) {
		ZonedDateTime next = null;
		for (Place pl : s.places()) {
			if (pl.hours().known()) {
				Optional<ZonedDateTime> opens = pl.hours().nextOpening(when);
				if (opens.isPresent() && (next == null || opens.get().isBefore(next))) {
					next = opens.get();
				}
			}
		}
		return next;
	}

	/** Kilometres from the person to the nearest place of the service (null when either has no coordinates). */
	static Double distance(MatchProfile p, ServiceEligibility s) {
		if (!p.hasPoint()) {
			return null;
		}
		double nearest = Double.NaN;
		for (Place pl : s.places()) {
			if (pl.hasCoordinates()) {
				double km = km(p.latitude(), p.longitude(), pl.latitude(), pl.longitude());
				if (Double.isNaN(nearest) || km < nearest) {
					nearest = km;
				}
			}
		}
		return Double.isNaN(nearest) ? null : nearest;
	}

	static double km(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

}
