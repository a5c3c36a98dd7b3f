package org.relais.people;

/** How a person prefers to be reached. */
public enum ContactPreference {

	PHONE, EMAIL, THROUGH_REFERENT, OTHER

}
