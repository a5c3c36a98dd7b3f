package org.relais.mutualaid.stats;

import java.time.Instant;
import java.time.ZoneId;

/** The period the statistics cover: requests created (and work done) since then. Labels: mutualaid.stats.period.* */
public enum StatsPeriod {

	DAYS_30, MONTHS_12, ALL;

	/** The start of the period at {@code now} in the territory's zone, or null for all time. */
	public Instant since(Instant now, ZoneId zone) {
		return switch (this) {
			case DAYS_30 -> now.atZone(zone).minusDays(30).toInstant();
			case MONTHS_12 -> now.atZone(zone).minusMonths(12).toInstant();
			case ALL -> null;
		};
	}

	/** The period of a parameter; the last 12 months when absent or unknown. */
	public static StatsPeriod parse(String s) {
		for (StatsPeriod p : values()) {
			if (p.name().equals(s)) {
				return p;
			}
		}
		return MONTHS_12;
	}

}
