package org.relais.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the security layer needs to know of accounts. Implemented by the territory module, which owns users
 * and memberships; the platform never touches their tables.
 */
public interface AccountDirectory {

	/** The principal for a login email, with its password hash, or empty. */
	Optional<RelaisPrincipal> findByEmail(String email);

	/** A fresh principal for a user id (after a change of roles or profile). */
	Optional<RelaisPrincipal> findById(UUID userId);

	/** The user behind a raw API token, if the token exists, is not revoked and not expired. */
	Optional<RelaisPrincipal> findByApiToken(String rawToken);

	/** Whether a session opened with this stamp is still valid (the account is enabled and the stamp unchanged). */
	boolean isSessionValid(UUID userId, long securityStamp);

	/** The territories an email belongs to, to file audit entries where their admins see them. */
	List<UUID> territoriesOf(String email);

	/** Checks a TOTP or recovery code for the user; a recovery code is consumed. */
	boolean verifySecondFactor(UUID userId, String code);

	/** Records a successful sign-in (last login time, preferred language). */
	void recordSignIn(UUID userId);

}
