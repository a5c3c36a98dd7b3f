package org.relais.mutualaid.carpool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relais.mutualaid.GeoPoint;

/** The matching rule on the Lyon communes' centres, the event at the centre of the Métropole. */
class CarpoolMatchingTest {

	static final GeoPoint EVENT = new GeoPoint(45.7640, 4.8357);

	static final GeoPoint LYON = new GeoPoint(45.7578, 4.8320);

	static final GeoPoint VILLEURBANNE = new GeoPoint(45.7719, 4.8902);

	static final GeoPoint VENISSIEUX = new GeoPoint(45.6975, 4.8867);

	static final GeoPoint VAULX = new GeoPoint(45.7787, 4.9217);

	static final GeoPoint BRON = new GeoPoint(45.7386, 4.9135);

	@Test
	void aPassengerOnTheWayFits() {
		CarpoolMatching.Fit fit = CarpoolMatching.evaluate(VAULX, VILLEURBANNE, EVENT,
				CarpoolMatching.DEFAULT_DETOUR_PERCENT);
		assertThat(fit.fits()).isTrue();
		assertThat(fit.detourPercent()).isLessThan(1);
		assertThat(fit.sharedPercent()).isEqualTo(100);
	}

	@Test
	void aDetourJustUnderTheAcceptedShareFitsAndJustOverDoesNot() {
		// Bron → Villeurbanne → event: about 26.6 % of the direct 6.7 km
		CarpoolMatching.Fit fit = CarpoolMatching.evaluate(BRON, VILLEURBANNE, EVENT, 25);
		assertThat(fit.detourPercent()).isBetween(26.0, 27.0);
		assertThat(fit.fits()).isFalse();
		assertThat(CarpoolMatching.evaluate(BRON, VILLEURBANNE, EVENT, 27).fits()).isTrue();
		// Villeurbanne → Lyon → event: 28 %, over the default 25 %
		assertThat(CarpoolMatching.evaluate(VILLEURBANNE, LYON, EVENT, CarpoolMatching.DEFAULT_DETOUR_PERCENT)
			.fits()).isFalse();
		// Vaulx-en-Velin → Lyon → event: 17.7 %, under it
		assertThat(CarpoolMatching.evaluate(VAULX, LYON, EVENT, CarpoolMatching.DEFAULT_DETOUR_PERCENT).fits())
			.isTrue();
	}

	@Test
	void aPassengerTheOtherWayIsFarOverTheDetour() {
		CarpoolMatching.Fit fit = CarpoolMatching.evaluate(VILLEURBANNE, VENISSIEUX, EVENT,
				CarpoolMatching.DEFAULT_DETOUR_PERCENT);
		assertThat(fit.detourPercent()).isGreaterThan(200);
		assertThat(fit.fits()).isFalse();
	}

	@Test
	void theSharedPartMustBeAtLeastThirtyFivePercentOfThePassengersTrip() {
		// picked up at Lyon while coming from Vénissieux: together only the last 0.75 km of 7.4 km
		CarpoolMatching.Fit late = CarpoolMatching.evaluate(VAULX, VENISSIEUX, LYON, EVENT, 100);
		assertThat(late.sharedPercent()).isLessThan(CarpoolMatching.MIN_SHARED_PERCENT);
		assertThat(late.fits()).isFalse();
		// picked up at Bron while coming from Vénissieux: 6.7 km of 7.4 km together
		CarpoolMatching.Fit early = CarpoolMatching.evaluate(VAULX, VENISSIEUX, BRON, EVENT, 100);
		assertThat(early.sharedPercent()).isGreaterThan(CarpoolMatching.MIN_SHARED_PERCENT);
		assertThat(early.fits()).isTrue();
	}

	@Test
	void aDriverAtTheEventTakesOnlyPassengersFromThere() {
		assertThat(CarpoolMatching.evaluate(EVENT, EVENT, EVENT, 25).fits()).isTrue();
		assertThat(CarpoolMatching.evaluate(EVENT, BRON, EVENT, 25).fits()).isFalse();
	}

	@Test
	void theThresholdsAreMobicoops() {
		assertThat(CarpoolMatching.DEFAULT_DETOUR_PERCENT).isEqualTo(25);
		assertThat(CarpoolMatching.MIN_SHARED_PERCENT).isEqualTo(35);
	}

}
