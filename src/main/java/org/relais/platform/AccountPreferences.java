package org.relais.platform;

import java.util.UUID;

/** Lets the platform remember a user's language choice on the account. Implemented by the territory module. */
public interface AccountPreferences {

	void changeLanguage(UUID userId, String language);

}
