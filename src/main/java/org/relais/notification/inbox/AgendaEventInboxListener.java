package org.relais.notification.inbox;

import java.util.List;
import java.util.UUID;

import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.EventChanged;
import org.relais.agenda.EventInvitationsIssued;
import org.relais.agenda.EventNotices;
import org.relais.agenda.EventReminderDue;
import org.relais.agenda.EventWaitlistPromoted;
import org.relais.notification.mail.ReferralRecipients;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts the agenda's events in the inboxes of the attendees who are users (guests get the mails only): invited, the
 * event changed or cancelled, a place given from the waiting list, a reminder. Each links to the event's page; ids
 * derive from the event and the reader, so a replay adds nothing.
 */
@Component
class AgendaEventInboxListener {

	private final Inbox inbox;

	private final EventNotices notices;

	AgendaEventInboxListener(Inbox inbox, EventNotices notices) {
		this.inbox = inbox;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(EventInvitationsIssued issued) {
		for (UUID attendeeId : issued.attendeeIds()) {
			add(issued.territoryId(), issued.eventId(), attendeeId, "notification.event.invited",
					ReferralRecipients.derivedId("event-invited", issued.eventId(), attendeeId));
		}
	}

	@ApplicationModuleListener
	void on(EventChanged changed) {
		for (EventNotices.Recipient r : notices.recipients(changed.eventId())) {
			if (r.userId() != null && r.response() != AttendeeResponse.NO) {
				add(changed.territoryId(), changed.eventId(), r.attendeeId(),
						changeKey(changed.change()),
						ReferralRecipients.derivedId("event-changed:" + changed.sequence(), changed.eventId(), r.attendeeId()));
			}
		}
	}

	@ApplicationModuleListener
	void on(EventWaitlistPromoted promoted) {
		add(promoted.territoryId(), promoted.eventId(), promoted.attendeeId(), "notification.event.promoted",
				promoted.noticeId());
	}

	@ApplicationModuleListener
	void on(EventReminderDue due) {
		for (UUID attendeeId : due.attendeeIds()) {
			add(due.territoryId(), due.eventId(), attendeeId, "notification.event.reminder",
					ReferralRecipients.derivedId("event-reminder:" + due.occurrence(), due.eventId(), attendeeId));
		}
	}

	private static String changeKey(EventChanged.Change change) {
		return switch (change) {
			case UPDATED -> "notification.event.changed.UPDATED";
			case OCCURRENCE_MOVED -> "notification.event.changed.OCCURRENCE_MOVED";
			case OCCURRENCE_CANCELLED -> "notification.event.changed.OCCURRENCE_CANCELLED";
			case CANCELLED -> "notification.event.changed.CANCELLED";
		};
	}

	private void add(UUID territoryId, UUID eventId, UUID attendeeId, String key, UUID id) {
		EventNotices.Recipient r = notices.recipient(eventId, attendeeId).orElse(null);
		if (r == null || r.userId() == null) {
			return;
		}
		String title = notices.notice(eventId, r.language(), null).map(EventNotices.Notice::title).orElse("");
		inbox.add(id, r.userId(), territoryId, key, List.of(StoredArg.text(title)), "/agenda/events/" + eventId);
	}

}
