package org.relais.agenda.poll;

/** A poll is answered while OPEN; CLOSED once the organiser has turned a slot into an event. */
enum PollStatus {

	OPEN, CLOSED

}
