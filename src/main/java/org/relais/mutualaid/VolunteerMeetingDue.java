package org.relais.mutualaid;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The territory's last volunteer meeting is older than its meeting interval (or there was none since its first
 * volunteer became active), and no meeting is scheduled: the notification module reminds these users (its
 * coordinators, else its admins) by mail in their language and in their inbox, linking to the meetings page.
 *
 * @param reminderId identifies this reminder: mails and notifications derive their ids from it
 * @param lastMeeting the day of the last meeting, or null when there was none
 * @param link the absolute address of the meetings page
 */
public record VolunteerMeetingDue(UUID reminderId, UUID territoryId, String territoryName, LocalDate lastMeeting,
		int intervalMonths, List<UUID> recipients, String link) {

	public VolunteerMeetingDue {
		recipients = List.copyOf(recipients);
	}

}
