package org.relais.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.relais.agenda.PollFullyAnswered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the organiser of a find-a-slot poll, in their inbox, that everyone has answered. Once per poll. */
@Component
class PollInboxListener {

	private final Inbox inbox;

	PollInboxListener(Inbox inbox) {
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(PollFullyAnswered event) {
		inbox.add(UUID.nameUUIDFromBytes(("poll-answered:" + event.pollId()).getBytes(StandardCharsets.UTF_8)),
				event.organiserUserId(), event.territoryId(), "notification.poll.answered.inbox",
				List.of(StoredArg.text(event.title())), event.path());
	}

}
