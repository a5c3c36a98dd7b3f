package org.relais.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.relais.mutualaid.VolunteerMeetingDue;
import org.relais.subscription.KitRenewalDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The coordinators' periodic reminders in their inbox: a volunteer meeting is due, the flyers are due for renewal.
 * Ids derive from the reminder and the reader.
 */
@Component
class CoordinatorReminderInboxListener {

	private final Inbox inbox;

	CoordinatorReminderInboxListener(Inbox inbox) {
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(VolunteerMeetingDue event) {
		for (UUID user : event.recipients()) {
			inbox.add(id("meeting", event.reminderId(), user), user, event.territoryId(), "notification.meeting.inbox",
					List.of(StoredArg.text(String.valueOf(event.intervalMonths()))), "/mutualaid/meetings");
		}
	}

	@ApplicationModuleListener
	void on(KitRenewalDue event) {
		for (UUID user : event.recipients()) {
			inbox.add(id("kit", event.reminderId(), user), user, event.territoryId(), "notification.kit.inbox",
					List.of(), "/admin/kit");
		}
	}

	private static UUID id(String kind, UUID reminderId, UUID user) {
		return UUID.nameUUIDFromBytes(("reminder-" + kind + ":" + reminderId + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

}
