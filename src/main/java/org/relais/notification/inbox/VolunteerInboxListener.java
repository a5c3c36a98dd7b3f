package org.relais.notification.inbox;

import java.util.List;
import java.util.UUID;

import org.relais.mutualaid.VolunteerNotified;
import org.relais.notification.mail.ReferralRecipients;
import org.relais.notification.mail.VolunteerNotices;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A volunteer's notices in their inbox (when they have an account); an expiring document also in the coordinators'
 * inboxes, with the link to the volunteer's record. Ids derive from the notice and the reader.
 */
@Component
class VolunteerInboxListener {

	private final Inbox inbox;

	private final AccountDirectory accounts;

	VolunteerInboxListener(Inbox inbox, AccountDirectory accounts) {
		this.inbox = inbox;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(VolunteerNotified event) {
		StoredArg proof = VolunteerNotices.proofKey(event) != null
				? StoredArg.keys(List.of(VolunteerNotices.proofKey(event)))
				: StoredArg.text(event.proofName() == null ? "" : event.proofName());
		if (event.userId() != null) {
			VolunteerNotices.Words words = VolunteerNotices.of(event.kind());
			inbox.add(ReferralRecipients.derivedId("volunteer-inbox", event.id(), event.userId()), event.userId(),
					event.territoryId(), words.inbox(),
					List.of(proof, StoredArg.text(VolunteerNotices.date(event.date(), Languages.locale(event.language()))),
							StoredArg.text(event.charterVersion() == null ? "" : event.charterVersion().toString())),
					words.path());
		}
		for (UUID coordinator : event.coordinatorIds()) {
			String language = accounts.findById(coordinator).map(RelaisPrincipal::language).orElse(event.language());
			inbox.add(ReferralRecipients.derivedId("volunteer-coordinator-inbox", event.id(), coordinator),
					coordinator, event.territoryId(), "notification.volunteer.expiringCoordinator",
					List.of(StoredArg.text(event.name()), proof,
							StoredArg.text(VolunteerNotices.date(event.date(), Languages.locale(language)))),
					"/mutualaid/volunteers/" + event.volunteerId());
		}
	}

}
