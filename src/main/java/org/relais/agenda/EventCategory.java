package org.relais.agenda;

/** What an event of the shared agenda is (GLOSSARY: the kinds of gatherings of a territory). */
public enum EventCategory {

	PARTNER_MEETING, TRAINING, JOINT_ACTION, PUBLIC_EVENT, VOLUNTEER_MEETING

}
