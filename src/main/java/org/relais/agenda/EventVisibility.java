package org.relais.agenda;

/**
 * Who sees an event: its invitees (and its organiser), every member of the territory, or everybody (the public
 * agenda of the territory and its feed).
 */
public enum EventVisibility {

	INVITEES, PARTNERS, PUBLIC

}
