package org.relais.platform;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What other modules may do to the signed-in session: refresh the principal, switch territory. */
public interface UserSession {

	/**
	 * Reloads the signed-in user (roles, profile, second factor) and keeps it in the session, working in the given
	 * territory, or in the current one when null.
	 */
	RelaisPrincipal refresh(HttpServletRequest request, HttpServletResponse response, UUID territoryId);

	/** Called once a user who had to enrol a second factor has done so. */
	void secondFactorEnrolled(HttpServletRequest request);

}
