package org.relais.people;

/** How a consent was given. */
public enum ConsentMethod {

	ORAL, WRITTEN, SIGNED_FORM

}
