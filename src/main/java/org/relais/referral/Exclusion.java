package org.relais.referral;

/**
 * Why a service cannot take a person (stable codes; labels are the messages {@code referral.exclusion.CODE}).
 * {@link #NOT_VERIFIED_RECENTLY} is a warning: the service stays in the results.
 */
public enum Exclusion {

	AGE_BELOW_MINIMUM, AGE_ABOVE_MAXIMUM, PUBLIC_NOT_SERVED, OUTSIDE_ELIGIBILITY_ZONE, FULL, WAITLIST,
	TEMPORARILY_CLOSED, CLOSED_AT_REQUESTED_TIME, LANGUAGE_NOT_SPOKEN, TOO_FAR, ON_SITE_ONLY, NOT_VERIFIED_RECENTLY;

	public boolean excludes() {
		return this != NOT_VERIFIED_RECENTLY;
	}

}
