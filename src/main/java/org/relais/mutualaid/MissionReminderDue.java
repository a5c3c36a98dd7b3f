package org.relais.mutualaid;

import java.util.UUID;

/** The day before an accepted action: the volunteer is reminded (mail and in-app, once). */
public record MissionReminderDue(UUID territoryId, UUID requestId, UUID assignmentId, ActionNotice notice,
		VolunteerContact volunteer) {
}
