package org.relais.notification.inbox;

import java.util.List;

import org.relais.devices.DeviceRequestDeclined;
import org.relais.devices.DeviceRequestRouted;
import org.relais.notification.mail.DeviceRequestRecipients;
import org.relais.notification.mail.ReferralRecipients;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Device request steps in the inboxes: the partner organisation's members when a request is routed to it, the agent
 * who took the request when a partner declines it. Ids derive from the step and the reader.
 */
@Component
class DeviceRequestInboxListener {

	private final Inbox inbox;

	private final DeviceRequestRecipients recipients;

	DeviceRequestInboxListener(Inbox inbox, DeviceRequestRecipients recipients) {
		this.inbox = inbox;
		this.recipients = recipients;
	}

	@ApplicationModuleListener
	void on(DeviceRequestRouted event) {
		for (ReferralRecipients.Recipient r : recipients.of(event)) {
			inbox.add(ReferralRecipients.derivedId("device-request-routed", event.stepId(), r.userId()), r.userId(),
					event.territoryId(), "notification.mail.devices.request.routed",
					List.of(StoredArg.text(event.reference()), StoredArg.text(
							recipients.organisationName(event.territoryId(), event.organisationId(), r.language()))),
					"/partner/devices/" + event.requestId());
		}
	}

	@ApplicationModuleListener
	void on(DeviceRequestDeclined event) {
		for (ReferralRecipients.Recipient r : recipients.of(event)) {
			inbox.add(ReferralRecipients.derivedId("device-request-declined", event.stepId(), r.userId()), r.userId(),
					event.territoryId(), "notification.mail.devices.request.declined",
					List.of(StoredArg.text(event.reference()), StoredArg.text(
							recipients.organisationName(event.territoryId(), event.organisationId(), r.language()))),
					"/devices/requests/" + event.requestId());
		}
	}

}
