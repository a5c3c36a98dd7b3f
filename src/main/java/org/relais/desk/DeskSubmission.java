package org.relais.desk;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A request the desk has just written and hands to its type, in the same transaction: the type creates its own
 * record (a device request…) or refuses with {@link DeskRequestRejected}, which rolls the whole request back.
 *
 * @param details the submitted values of the type's {@link DeskField}s, by name, trimmed, blanks dropped
 */
public record DeskSubmission(UUID deskRequestId, String reference, UUID territoryId, UUID personId, Channel channel,
		Map<String, String> details, UUID agentId, LocalDate dueDate) {

	public DeskSubmission {
		details = details == null ? Map.of() : Map.copyOf(details);
	}

}
