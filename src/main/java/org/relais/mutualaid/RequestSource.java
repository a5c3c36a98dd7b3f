package org.relais.mutualaid;

/** Where an action request came from. Labels: {@code mutualaid.source.<NAME>}. */
public enum RequestSource {

	/** Taken at the desk (phone, counter), through the desk's request type {@code action}. */
	DESK,
	/** Entered by an agent on the mutual-aid pages. */
	AGENT,
	/** Signalled by a medico-social partner (home care, nursing service, hospital discharge). */
	PARTNER_SIGNAL

}
