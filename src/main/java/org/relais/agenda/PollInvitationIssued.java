package org.relais.agenda;

import java.util.List;
import java.util.UUID;

/**
 * Somebody is invited to answer a find-a-slot poll: the notification module mails them their personal link (the
 * raw token is only in {@code link}, never stored), in {@code language}, with the proposed slots shown in the
 * territory's time zone {@code zoneId}. {@code mailId} is unique per invitee (a replay sends nothing).
 */
public record PollInvitationIssued(UUID mailId, UUID pollId, UUID territoryId, String title, String organiserName,
		String email, String displayName, String language, String link, String zoneId, List<PollSlotTime> slots) {
}
