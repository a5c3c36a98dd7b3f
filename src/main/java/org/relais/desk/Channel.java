package org.relais.desk;

/** How a request reached the desk. */
public enum Channel {

	PHONE, WALK_IN, EMAIL, WEB_FORM, PARTNER

}
