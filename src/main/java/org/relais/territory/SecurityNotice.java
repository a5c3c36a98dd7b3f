package org.relais.territory;

import java.util.UUID;

/**
 * Something changed on an account's security (password, second factor, API token): the owner is told in the
 * app and by mail, so that a change they did not make does not go unnoticed.
 *
 * @param kind one of PASSWORD_CHANGED, TWO_FACTOR_ENABLED, TWO_FACTOR_DISABLED, API_TOKEN_CREATED
 */
public record SecurityNotice(UUID mailId, UUID userId, String email, String displayName, String language,
		String kind) {
}
