package org.relais.referral.web;

import org.relais.people.BeneficiaryRecord;

/** How the pathway names a person: first and last name, or the pseudonym. */
final class PathwayView {

	private PathwayView() {
	}

	static String name(BeneficiaryRecord p) {
		String first = p.firstName() == null ? "" : p.firstName();
		String last = p.lastName() == null ? "" : p.lastName();
		return (first + " " + last).strip();
	}

}
