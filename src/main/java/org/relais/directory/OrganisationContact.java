package org.relais.directory;

import java.util.UUID;

/**
 * An organisation's public address: its name in its territory's default language, its email (may be null) and that
 * language, which is the one to write to it in.
 */
public record OrganisationContact(UUID id, UUID territoryId, String name, String email, String language) {
}
