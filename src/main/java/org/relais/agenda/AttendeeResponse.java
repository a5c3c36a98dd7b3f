package org.relais.agenda;

/** An invitee's answer: not yet, yes, maybe, no (RFC 5545 NEEDS-ACTION, ACCEPTED, TENTATIVE, DECLINED). */
public enum AttendeeResponse {

	PENDING("NEEDS-ACTION"), YES("ACCEPTED"), MAYBE("TENTATIVE"), NO("DECLINED");

	private final String partStat;

	AttendeeResponse(String partStat) {
		this.partStat = partStat;
	}

	/** The iCalendar participation status. */
	public String partStat() {
		return partStat;
	}

}
