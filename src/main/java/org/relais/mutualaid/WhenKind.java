package org.relais.mutualaid;

/**
 * How precisely the caller said when (as Mobicoop's solidary desk: coarse choices first). Labels:
 * {@code mutualaid.when.<NAME>}. {@code ON_DATE}: a date and a part of the day; {@code WITHIN_7/15/30}: any day from
 * today within so many days (optionally a part of the day); {@code EXACT}: a date and a time; {@code WEEKLY}: every
 * week on the date's weekday and part of the day, until an end date.
 */
public enum WhenKind {

	ON_DATE(0), WITHIN_7(7), WITHIN_15(15), WITHIN_30(30), EXACT(0), WEEKLY(0);

	private final int days;

	WhenKind(int days) {
		this.days = days;
	}

	/** The window's length in days for WITHIN_*, 0 otherwise. */
	public int days() {
		return days;
	}

}
