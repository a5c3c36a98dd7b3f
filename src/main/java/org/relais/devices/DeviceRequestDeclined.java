package org.relais.devices;

import java.util.UUID;

/**
 * A partner organisation declined a device request: it is back at the desk to be routed again; the agent who took
 * it hears of it in the app.
 *
 * @param stepId the recorded step (a replayed event is recognised by it)
 * @param agentId the user who created the request, or null
 */
public record DeviceRequestDeclined(UUID stepId, UUID requestId, UUID territoryId, String reference,
		UUID organisationId, UUID agentId) {
}
