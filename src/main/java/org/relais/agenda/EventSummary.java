package org.relais.agenda;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as another module reads it (carpooling to it): its first start, its place (a directory location, an
 * address, or neither), its organiser (null: the territory) and who sees it.
 */
public record EventSummary(UUID id, UUID territoryId, String title, Instant start, boolean allDay, UUID locationId,
		String address, UUID organiserOrganisationId, EventVisibility visibility) {
}
