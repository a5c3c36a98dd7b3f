package org.relais.agenda.booking;

import java.util.Set;

/** The states of an appointment; a booked one ends attended, missed (no-show) or cancelled. */
public enum AppointmentStatus {

	BOOKED, ATTENDED, NO_SHOW, CANCELLED;

	/** The states an appointment may move to from this one. */
	public Set<AppointmentStatus> next() {
		return this == BOOKED ? Set.of(ATTENDED, NO_SHOW, CANCELLED) : Set.of();
	}

}
