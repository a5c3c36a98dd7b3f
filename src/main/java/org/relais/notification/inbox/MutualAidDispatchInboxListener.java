package org.relais.notification.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.relais.mutualaid.ActionNotice;
import org.relais.mutualaid.ActionOfferWithdrawn;
import org.relais.mutualaid.ActionOffered;
import org.relais.mutualaid.ActionOfferedToAssociation;
import org.relais.mutualaid.ActionUnanswered;
import org.relais.mutualaid.ConcernRaised;
import org.relais.mutualaid.MissionReminderDue;
import org.relais.notification.mail.DeviceRequestRecipients;
import org.relais.notification.mail.ReferralRecipients;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mutual-aid dispatch in the inboxes: an offer and the reminder to a volunteer with an account, an offer closed
 * before they answered, an offer to an association's members, an unanswered request and a wellbeing concern to the
 * staff of the territory (and to the signalling partner's members for a concern, when the territory set it so).
 * Offers show the type, when and the commune only. Ids derive from the event and the reader.
 */
@Component
class MutualAidDispatchInboxListener {

	private final Inbox inbox;

	private final DeviceRequestRecipients recipients;

	MutualAidDispatchInboxListener(Inbox inbox, DeviceRequestRecipients recipients) {
		this.inbox = inbox;
		this.recipients = recipients;
	}

	@ApplicationModuleListener
	void on(ActionOffered event) {
		UUID user = event.volunteer().userId();
		if (user != null) {
			inbox.add(ReferralRecipients.derivedId("ma-offer", event.assignmentId(), user), user, event.territoryId(),
					"notification.mutualaid.inbox.offer", args(event.notice()),
					"/volunteer/missions/" + event.assignmentId());
		}
	}

	@ApplicationModuleListener
	void on(MissionReminderDue event) {
		UUID user = event.volunteer().userId();
		if (user != null) {
			inbox.add(ReferralRecipients.derivedId("ma-reminder", event.assignmentId(), user), user,
					event.territoryId(), "notification.mutualaid.inbox.reminder", args(event.notice()),
					"/volunteer/missions/" + event.assignmentId());
		}
	}

	@ApplicationModuleListener
	void on(ActionOfferWithdrawn event) {
		UUID user = event.volunteer().userId();
		if (user != null) {
			inbox.add(ReferralRecipients.derivedId("ma-withdrawn", event.assignmentId(), user), user,
					event.territoryId(), "notification.mutualaid.inbox.withdrawn",
					List.of(StoredArg.text(event.reference())), "/volunteer/missions");
		}
	}

	@ApplicationModuleListener
	void on(ActionOfferedToAssociation event) {
		for (ReferralRecipients.Recipient r : recipients.members(event.organisationId())) {
			inbox.add(ReferralRecipients.derivedId("ma-association-offer-" + event.round(), event.requestId(),
					r.userId()), r.userId(), event.territoryId(), "notification.mutualaid.inbox.associationOffer",
					args(event.notice()), "/partner/mutualaid/requests");
		}
	}

	@ApplicationModuleListener
	void on(ActionUnanswered event) {
		for (UUID user : event.staff()) {
			inbox.add(ReferralRecipients.derivedId("ma-unanswered-" + event.round(), event.requestId(), user), user,
					event.territoryId(), "notification.mutualaid.inbox.unanswered",
					List.of(StoredArg.text(event.reference())), "/mutualaid/requests/" + event.requestId());
		}
	}

	@ApplicationModuleListener
	void on(ConcernRaised event) {
		List<StoredArg> args = List.of(StoredArg.text(event.reference()),
				StoredArg.keys(List.of("mutualaid.concern.level." + event.level())));
		for (UUID user : event.staff()) {
			inbox.add(ReferralRecipients.derivedId("ma-concern", event.concernId(), user), user, event.territoryId(),
					"notification.mutualaid.inbox.concern", args, "/mutualaid/requests/" + event.requestId());
		}
		if (event.partnerOrganisationId() != null) {
			for (ReferralRecipients.Recipient r : recipients.members(event.partnerOrganisationId())) {
				inbox.add(ReferralRecipients.derivedId("ma-concern-partner", event.concernId(), r.userId()),
						r.userId(), event.territoryId(), "notification.mutualaid.inbox.concernPartner", args,
						"/partner/mutualaid/signal");
			}
		}
	}

	/** Reference, type, when (its kind and part of the day), the date as typed (ISO) or nothing, the commune. */
	private static List<StoredArg> args(ActionNotice n) {
		List<String> when = new ArrayList<>();
		when.add("mutualaid.when." + n.whenKind().name());
		if (n.dayPart() != null) {
			when.add("mutualaid.daypart." + n.dayPart().name());
		}
		String date = n.onDate() == null || n.whenKind().days() > 0 ? "" : n.onDate().toString();
		if (n.exactTime() != null) {
			date = date + " " + n.exactTime();
		}
		return List.of(StoredArg.text(n.reference()), StoredArg.keys(List.of("mutualaid.action." + n.actionType().name())),
				StoredArg.keys(when), StoredArg.text(date), StoredArg.text(n.commune() == null ? "" : n.commune()));
	}

}
