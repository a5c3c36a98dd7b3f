package org.relais.mutualaid.meeting;

/** Whether a volunteer or an association was at a meeting. Labels: {@code mutualaid.meetings.presence.<NAME>}. */
public enum Presence {

	PRESENT, EXCUSED, ABSENT;

	/** The presence of a form value, or null. */
	public static Presence parse(String s) {
		for (Presence p : values()) {
			if (p.name().equals(s)) {
				return p;
			}
		}
		return null;
	}

}
