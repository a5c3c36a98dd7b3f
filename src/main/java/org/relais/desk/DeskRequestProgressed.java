package org.relais.desk;

import java.util.List;
import java.util.UUID;

/**
 * Published by the module that works on a desk request when it moves on (routed, declined and back to the desk,
 * handed over…). The desk listens in the same transaction and updates the request's status and history.
 *
 * @param noteKey message key (of the publishing module's bundle) describing the step, with plain-text arguments
 * @param by the user who made the step, or null for the system
 */
public record DeskRequestProgressed(UUID deskRequestId, DeskStatus status, String noteKey, List<String> noteArgs,
		UUID by) {

	public DeskRequestProgressed {
		noteArgs = noteArgs == null ? List.of() : List.copyOf(noteArgs);
	}

}
