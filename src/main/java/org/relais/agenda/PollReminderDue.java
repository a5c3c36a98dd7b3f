package org.relais.agenda;

import java.util.List;
import java.util.UUID;

/**
 * An invitee has not answered a find-a-slot poll yet: the notification module mails them the one reminder, with a
 * personal link made for it (the first link keeps working). {@code mailId} is unique per invitee.
 */
public record PollReminderDue(UUID mailId, UUID pollId, UUID territoryId, String title, String organiserName,
		String email, String displayName, String language, String link, String zoneId, List<PollSlotTime> slots) {
}
