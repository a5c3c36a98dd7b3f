package org.relais.directory;

import java.util.UUID;

/**
 * An active organisation of a territory as other modules list it (organiser of an event, owner of bookable slots,
 * invitee): its id, its name in the asked language (else the territory's), its kind code (e.g. {@code ASSOCIATION})
 * and its logo file, or null.
 */
public record OrganisationRef(UUID id, String name, String kind, UUID logoFileId) {
}
