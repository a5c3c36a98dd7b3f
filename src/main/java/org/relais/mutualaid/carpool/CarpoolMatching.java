package org.relais.mutualaid.carpool;

import org.relais.mutualaid.GeoPoint;

/**
 * Whether a passenger fits a driver's trip to an event, after Mobicoop's two thresholds: the driver's detour to pick
 * the passenger up ({@code |DP| + |PE| − |DE|}) is at most the driver's accepted share of their own trip
 * ({@link #DEFAULT_DETOUR_PERCENT} by default), and the part of the passenger's trip done together (from the pick-up
 * point to the event) is at least {@link #MIN_SHARED_PERCENT} of the passenger's trip. Points are commune centres; the
 * pick-up point is the passenger's commune centre unless another is given. Distances are great-circle kilometres.
 */
public final class CarpoolMatching {

	/** The detour a driver accepts unless they say otherwise, in percent of their own trip. */
	public static final int DEFAULT_DETOUR_PERCENT = 25;

	/** The least part of the passenger's trip that must be done together, in percent. */
	public static final int MIN_SHARED_PERCENT = 35;

	private CarpoolMatching() {
	}

	/**
	 * @param detourKm the driver's extra kilometres
	 * @param detourPercent the detour in percent of the driver's direct trip (0 when there is no detour)
	 * @param sharedPercent the part of the passenger's trip done together, in percent
	 * @param fits both thresholds are met
	 */
	public record Fit(double detourKm, double detourPercent, double sharedPercent, boolean fits) {
	}

	/** The fit with the pick-up at the passenger's own start. */
	public static Fit evaluate(GeoPoint driverStart, GeoPoint passengerStart, GeoPoint destination,
			int acceptedDetourPercent) {
		return evaluate(driverStart, passengerStart, passengerStart, destination, acceptedDetourPercent);
	}

	/** The fit when the driver picks the passenger up at {@code pickUp} (the passenger goes there on their own). */
	public static Fit evaluate(GeoPoint driverStart, GeoPoint passengerStart, GeoPoint pickUp, GeoPoint destination,
			int acceptedDetourPercent) {
		double direct = driverStart.kmTo(destination);
		double detour = Math.max(0, driverStart.kmTo(pickUp) + pickUp.kmTo(destination) - direct);
		double detourPercent = direct > 0 ? 100 * detour / direct : (detour > 0 ? Double.POSITIVE_INFINITY : 0);
		double passengerTrip = passengerStart.kmTo(destination);
		double shared = pickUp.kmTo(destination);
		double sharedPercent = passengerTrip > 0 ? Math.min(100, 100 * shared / passengerTrip) : 100;
		boolean fits = detour <= acceptedDetourPercent / 100.0 * direct + EPSILON_KM
				&& sharedPercent + 1e-9 >= MIN_SHARED_PERCENT;
		return new Fit(detour, detourPercent, sharedPercent, fits);
	}

	/** Rounding slack: two communes a few metres apart are the same place. */
	private static final double EPSILON_KM = 0.05;

}
