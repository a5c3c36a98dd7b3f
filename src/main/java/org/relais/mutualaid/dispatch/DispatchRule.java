package org.relais.mutualaid.dispatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.DayPart;
import org.relais.mutualaid.GeoPoint;
import org.relais.mutualaid.WhenKind;

/**
 * Who may be offered an action, and in which order: a pure rule (no database, no clock), unit-tested alone.
 * <p>
 * Eligible: ready for the action type (active, current charter signed, valid documents for the type, accepts it:
 * {@code VolunteerReadiness.canTake}), available then (the weekly grid on the requested day and part of the day, or
 * on any day of a WITHIN_N window; days of absence excluded) and within their maximum distance of the person's
 * commune centre (a phone call ignores distance). Ranked by continuity (already did an action for this person),
 * then distance (nearest first), then fairness (fewest accepted or done actions in the last 30 days), then name.
 */
public final class DispatchRule {

	private DispatchRule() {
	}

	/** Why a volunteer is not offered the action. */
	public enum Reason {

		/** Not active, charter not signed, type not accepted or a required document missing or expired. */
		NOT_READY,
		/** Not available on the requested day(s) and part of the day, or away. */
		UNAVAILABLE,
		/** The volunteer's or the person's place is unknown (an in-person action needs both). */
		UNKNOWN_PLACE,
		/** Farther than the volunteer's maximum distance. */
		TOO_FAR

	}

	/**
	 * What the action asks.
	 * @param days the days it may happen (one day, a weekly action's first day, or every day of a window)
	 * @param dayPart the part of the day, or null for any
	 * @param personPlace the person's commune centre, or null when unknown
	 */
	public record Ask(ActionType type, List<LocalDate> days, DayPart dayPart, GeoPoint personPlace) {

		public Ask {
			days = List.copyOf(days);
		}

	}

	/**
	 * A volunteer as the rule sees them.
	 * @param ready whether {@code VolunteerReadiness} says they can take the type today
	 * @param absences the days they are away, as periods (both dates included)
	 * @param place their commune centre, or null
	 * @param continuity whether they already did an action for this person
	 * @param recentLoad their accepted or done actions in the last 30 days
	 */
	public record Candidate(UUID volunteerId, String name, boolean ready, Availability availability,
			List<Absence> absences, GeoPoint place, int maxDistanceKm, boolean continuity, int recentLoad) {

		public Candidate {
			absences = List.copyOf(absences);
		}

	}

	public record Absence(LocalDate from, LocalDate until) {

		boolean covers(LocalDate day) {
			return !day.isBefore(from) && !day.isAfter(until);
		}

	}

	/**
	 * One volunteer judged.
	 * @param reason null when eligible
	 * @param distanceKm the distance to the person, or null when unknown or not needed
	 */
	public record Verdict(Candidate candidate, Reason reason, Double distanceKm) {

		public boolean eligible() {
			return reason == null;
		}

	}

	/** The days an action may happen: the window of WITHIN_N from its first day, else the one (first) day. */
	public static List<LocalDate> days(WhenKind kind, LocalDate onDate, LocalDate today) {
		List<LocalDate> days = new ArrayList<>();
		if (kind.days() > 0) {
			LocalDate from = onDate == null || onDate.isBefore(today) ? today : onDate;
			for (int i = 0; i < kind.days(); i++) {
				days.add(from.plusDays(i));
			}
		}
		else if (onDate != null) {
			days.add(onDate);
		}
		return days;
	}

	public static Verdict judge(Ask ask, Candidate c) {
		if (!c.ready()) {
			return new Verdict(c, Reason.NOT_READY, null);
		}
		if (!available(ask, c)) {
			return new Verdict(c, Reason.UNAVAILABLE, null);
		}
		if (!ask.type().inPerson()) {
			return new Verdict(c, null, null);
		}
		if (ask.personPlace() == null || c.place() == null) {
			return new Verdict(c, Reason.UNKNOWN_PLACE, null);
		}
		double km = c.place().kmTo(ask.personPlace());
		return new Verdict(c, km <= c.maxDistanceKm() ? null : Reason.TOO_FAR, km);
	}

	static boolean available(Ask ask, Candidate c) {
		for (LocalDate day : ask.days()) {
			if (c.absences().stream().anyMatch(a -> a.covers(day))) {
				continue;
			}
			if (ask.dayPart() == null) {
				for (DayPart part : DayPart.values()) {
					if (c.availability().has(day.getDayOfWeek(), part)) {
						return true;
					}
				}
			}
			else if (c.availability().has(day.getDayOfWeek(), ask.dayPart())) {
				return true;
			}
		}
		return false;
	}

	/** The eligible volunteers, best first. */
	public static List<Verdict> rank(Ask ask, List<Candidate> candidates) {
		return candidates.stream().map(c -> judge(ask, c)).filter(Verdict::eligible).sorted(ORDER).toList();
	}

	static final Comparator<Verdict> ORDER = Comparator
		.comparing((Verdict v) -> v.candidate().continuity() ? 0 : 1)
		.thenComparing(v -> v.distanceKm() == null ? 0.0 : v.distanceKm())
		.thenComparingInt(v -> v.candidate().recentLoad())
		.thenComparing(v -> v.candidate().name() == null ? "" : v.candidate().name());

}
