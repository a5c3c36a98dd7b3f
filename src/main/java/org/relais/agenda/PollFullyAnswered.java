package org.relais.agenda;

import java.util.UUID;

/**
 * Every invitee of a find-a-slot poll has answered: the notification module tells the organiser, by mail (to
 * {@code organiserEmail}, in {@code language}) and in their in-app inbox, with a link to the poll
 * ({@code link} is absolute, {@code path} relative to the application). Published once per poll.
 */
public record PollFullyAnswered(UUID pollId, UUID territoryId, UUID organiserUserId, String organiserEmail,
		String organiserName, String language, String title, int invitees, String link, String path) {
}
