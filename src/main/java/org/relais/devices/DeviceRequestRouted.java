package org.relais.devices;

import java.util.UUID;

/**
 * A device request was routed to a partner organisation (by an agent, or automatically): the organisation's members
 * hear of it by mail and in the app. Carries no personal data: the partner reads the request once signed in.
 *
 * @param stepId the recorded step (a replayed event is recognised by it)
 * @param automatically routed by the territory's rules without an agent
 */
public record DeviceRequestRouted(UUID stepId, UUID requestId, UUID territoryId, String reference,
		UUID organisationId, boolean automatically) {
}
