package org.relais.notification.inbox;

import java.util.List;

import org.relais.notification.mail.ReferralRecipients;
import org.relais.referral.ReferralSent;
import org.relais.referral.ReferralStatus;
import org.relais.referral.ReferralStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts referral events in the inboxes of those they concern (the same people the mails go to), linking to the
 * referral. Ids derive from the event and the reader: a replayed event adds nothing.
 */
@Component
class ReferralInboxListener {

	private final Inbox inbox;

	private final ReferralRecipients recipients;

	ReferralInboxListener(Inbox inbox, ReferralRecipients recipients) {
		this.inbox = inbox;
		this.recipients = recipients;
	}

	@ApplicationModuleListener
	void on(ReferralSent event) {
		String link = "/referrals/" + event.referralId();
		for (ReferralRecipients.Recipient r : recipients.of(event)) {
			inbox.add(ReferralRecipients.derivedId("referral-sent", event.referralId(), r.userId()), r.userId(),
					event.territoryId(), "notification.referral.sent",
					List.of(StoredArg.text(event.senderName()),
							StoredArg.text(ReferralRecipients.serviceName(event.serviceNames(), r.language()))),
					link);
		}
	}

	@ApplicationModuleListener
	void on(ReferralStatusChanged event) {
		String link = "/referrals/" + event.referralId();
		StoredArg actor = event.actorName() != null ? StoredArg.text(event.actorName())
				: StoredArg.keys(List.of("notification.referral.system"));
		for (ReferralRecipients.Recipient r : recipients.of(event)) {
			StoredArg service = StoredArg.text(ReferralRecipients.serviceName(event.serviceNames(), r.language()));
			boolean withdrawn = event.to() == ReferralStatus.WITHDRAWN;
			inbox.add(ReferralRecipients.derivedId("referral-status", event.transitionId(), r.userId()), r.userId(),
					event.territoryId(),
					withdrawn ? "notification.referral.withdrawn" : "notification.referral.status." + event.to().name(),
					withdrawn ? List.of(actor, service) : List.of(service, actor), link);
		}
	}

}
