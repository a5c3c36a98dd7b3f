package org.relais.mutualaid.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.DayPart;
import org.relais.mutualaid.GeoPoint;
import org.relais.mutualaid.WhenKind;
import org.relais.mutualaid.dispatch.DispatchRule.Absence;
import org.relais.mutualaid.dispatch.DispatchRule.Ask;
import org.relais.mutualaid.dispatch.DispatchRule.Candidate;
import org.relais.mutualaid.dispatch.DispatchRule.Reason;

/** The dispatch rule alone (no Spring): each reason a volunteer is left out, and the ranking order. */
class DispatchRuleTest {

	static final GeoPoint LYON = new GeoPoint(45.7578, 4.8320);

	static final GeoPoint VILLEURBANNE = new GeoPoint(45.7719, 4.8902);

	static final GeoPoint VENISSIEUX = new GeoPoint(45.6973, 4.8858);

	/** A Tuesday. */
	static final LocalDate DAY = LocalDate.of(2026, 12, 1);

	static Candidate volunteer(String name, boolean ready, Availability availability, GeoPoint place, int maxKm,
			boolean continuity, int load, Absence... away) {
		return new Candidate(UUID.randomUUID(), name, ready, availability, List.of(away), place, maxKm, continuity,
				load);
	}

	static Availability tuesdayMorning() {
		return new Availability(Set.of(new Availability.Slot(DayOfWeek.TUESDAY, DayPart.MORNING)));
	}

	static Ask visitOn(LocalDate day, DayPart part) {
		return new Ask(ActionType.VISIT, List.of(day), part, LYON);
	}

	@Test
	void aReadyAvailableNearVolunteerIsEligible() {
		var v = DispatchRule.judge(visitOn(DAY, DayPart.MORNING),
				volunteer("Lucien", true, tuesdayMorning(), LYON, 5, false, 0));
		assertThat(v.eligible()).isTrue();
		assertThat(v.distanceKm()).isLessThan(0.01);
	}

	@Test
	void notReadyComesFirst() {
		var v = DispatchRule.judge(visitOn(DAY, DayPart.MORNING),
				volunteer("Sophie", false, Availability.always(), LYON, 5, false, 0));
		assertThat(v.reason()).isEqualTo(Reason.NOT_READY);
	}

	@Test
	void theWrongPartOfTheDayOrWeekdayIsUnavailable() {
		assertThat(DispatchRule.judge(visitOn(DAY, DayPart.AFTERNOON),
				volunteer("A", true, tuesdayMorning(), LYON, 5, false, 0)).reason()).isEqualTo(Reason.UNAVAILABLE);
		assertThat(DispatchRule.judge(visitOn(DAY.plusDays(1), DayPart.MORNING),
				volunteer("A", true, tuesdayMorning(), LYON, 5, false, 0)).reason()).isEqualTo(Reason.UNAVAILABLE);
		// any part of the day: the Tuesday morning is enough
		assertThat(DispatchRule.judge(visitOn(DAY, null), volunteer("A", true, tuesdayMorning(), LYON, 5, false, 0))
			.eligible()).isTrue();
	}

	@Test
	void anAbsenceExcludesItsDays() {
		Candidate away = volunteer("A", true, Availability.always(), LYON, 5, false, 0,
				new Absence(DAY.minusDays(2), DAY.plusDays(2)));
		assertThat(DispatchRule.judge(visitOn(DAY, null), away).reason()).isEqualTo(Reason.UNAVAILABLE);
	}

	@Test
	void aWindowNeedsOneAvailableDayOutsideAbsences() {
		List<LocalDate> week = DispatchRule.days(WhenKind.WITHIN_7, DAY, DAY);
		assertThat(week).hasSize(7).startsWith(DAY).endsWith(DAY.plusDays(6));
		Ask ask = new Ask(ActionType.VISIT, week, DayPart.MORNING, LYON);
		// only Tuesday mornings; away on this Tuesday: no day left in the window
		assertThat(DispatchRule.judge(ask, volunteer("A", true, tuesdayMorning(), LYON, 5, false, 0,
				new Absence(DAY, DAY))).reason()).isEqualTo(Reason.UNAVAILABLE);
		// away on Tuesday only, available every day: another day of the window works
		assertThat(DispatchRule.judge(ask, volunteer("B", true, Availability.always(), LYON, 5, false, 0,
				new Absence(DAY, DAY))).eligible()).isTrue();
	}

	@Test
	void fartherThanTheMaximumDistanceIsTooFarButAPhoneCallIgnoresDistance() {
		Candidate far = volunteer("A", true, Availability.always(), VENISSIEUX, 3, false, 0);
		var visit = DispatchRule.judge(visitOn(DAY, null), far);
		assertThat(visit.reason()).isEqualTo(Reason.TOO_FAR);
		assertThat(visit.distanceKm()).isGreaterThan(3);
		Ask call = new Ask(ActionType.PHONE_CALL, List.of(DAY), null, LYON);
		assertThat(DispatchRule.judge(call, far).eligible()).isTrue();
		assertThat(DispatchRule.judge(call, volunteer("B", true, Availability.always(), null, 3, false, 0))
			.eligible()).isTrue();
	}

	@Test
	void anUnknownPlaceLeavesAnInPersonActionOut() {
		assertThat(DispatchRule.judge(visitOn(DAY, null), volunteer("A", true, Availability.always(), null, 50,
				false, 0)).reason()).isEqualTo(Reason.UNKNOWN_PLACE);
		assertThat(DispatchRule.judge(new Ask(ActionType.VISIT, List.of(DAY), null, null),
				volunteer("A", true, Availability.always(), LYON, 50, false, 0)).reason())
			.isEqualTo(Reason.UNKNOWN_PLACE);
	}

	@Test
	void rankingIsContinuityThenDistanceThenFairness() {
		Candidate nearBusy = volunteer("Near busy", true, Availability.always(), LYON, 20, false, 4);
		Candidate nearFree = volunteer("Near free", true, Availability.always(), LYON, 20, false, 0);
		Candidate fartherFree = volunteer("Farther", true, Availability.always(), VILLEURBANNE, 20, false, 0);
		Candidate farKnown = volunteer("Known", true, Availability.always(), VENISSIEUX, 20, true, 9);
		Candidate notReady = volunteer("Not ready", false, Availability.always(), LYON, 20, true, 0);
		List<String> order = DispatchRule
			.rank(visitOn(DAY, null), List.of(nearBusy, fartherFree, notReady, nearFree, farKnown))
			.stream()
			.map(v -> v.candidate().name())
			.toList();
		assertThat(order).containsExactly("Known", "Near free", "Near busy", "Farther");
	}

	@Test
	void datedKindsHaveOneDay() {
		assertThat(DispatchRule.days(WhenKind.ON_DATE, DAY, DAY.minusDays(3))).containsExactly(DAY);
		assertThat(DispatchRule.days(WhenKind.WEEKLY, DAY, DAY)).containsExactly(DAY);
		assertThat(DispatchRule.days(WhenKind.WITHIN_15, DAY.minusDays(2), DAY)).hasSize(15).startsWith(DAY);
	}

}
