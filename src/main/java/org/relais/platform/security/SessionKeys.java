package org.relais.platform.security;

/** Names of the session attributes the sign-in flow keeps. */
public final class SessionKeys {

	/** When the user signed in (epoch millis): the absolute session timeout counts from it. */
	public static final String AUTHENTICATED_AT = "relais.authenticatedAt";

	/** User id waiting for a second factor after a correct password. */
	public static final String PENDING_SECOND_FACTOR = "relais.pendingSecondFactor";

	/** Set while a user who must use two-factor authentication has not enrolled yet. */
	public static final String MUST_ENROL_SECOND_FACTOR = "relais.mustEnrolSecondFactor";

	private SessionKeys() {
	}

}
