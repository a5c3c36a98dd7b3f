package org.relais.referral;

import java.util.List;
import java.util.UUID;

/**
 * The extension point of the pathway: a module that does something for a person (a referral, a device request,
 * a mutual-aid action, an appointment) contributes its lines. Implementations are Spring beans; the pathway asks
 * each of them and merges the lines by date. They return every line of the person in the territory; the pathway
 * filters what a partner may see by {@link PathwayEntry#visibleToOrganisationId()}.
 */
public interface PathwayContributor {

	List<PathwayEntry> entries(UUID territoryId, UUID beneficiaryId);

}
