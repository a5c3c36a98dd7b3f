package org.relais.referral;

/** How many times a need went unmet in an area (a commune code, a postal code, or null) over a period. */
public record UnmetNeedCount(String needCode, String areaCode, long count) {
}
