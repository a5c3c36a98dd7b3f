package org.relais.notification.inbox;

import java.util.List;
import java.util.UUID;

import org.relais.partnership.PartnershipProgressed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the territory's admins in their inbox that a partnership request arrived, came back corrected or had its
 * contract signed, linking to the request's admin page. Ids derive from the step and the reader.
 */
@Component
class PartnershipInboxListener {

	private final Inbox inbox;

	PartnershipInboxListener(Inbox inbox) {
		this.inbox = inbox;
	}

	@ApplicationModuleListener
	void on(PartnershipProgressed event) {
		String kind = event.adminKind();
		if (kind == null) {
			return;
		}
		String link = "/admin/partnerships/" + event.requestId();
		for (UUID admin : event.territoryAdmins()) {
			inbox.add(UUID.nameUUIDFromBytes(("partnership:" + event.stepId() + ":" + admin)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)), admin, event.territoryId(),
					"notification.mail.partnership.inbox." + kind, List.of(StoredArg.text(event.organisationName())),
					link);
		}
	}

}
