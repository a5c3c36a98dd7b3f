package org.relais.notification.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.relais.devices.DeviceRequestRouted;
import org.relais.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mail to a partner organisation's members when a device request is routed to it, in each reader's language,
 * with the link to the request and nothing about the person. Each mail's id derives from the step and the reader.
 */
@Component
class DeviceRequestMails {

	private final MailDelivery delivery;

	private final DeviceRequestRecipients recipients;

	private final MessageSource messages;

	private final String baseUrl;

	DeviceRequestMails(MailDelivery delivery, DeviceRequestRecipients recipients, MessageSource messages,
			MailTemplates templates) {
		this.delivery = delivery;
		this.recipients = recipients;
		this.messages = messages;
		this.baseUrl = templates.baseUrl();
	}

	@ApplicationModuleListener
	void on(DeviceRequestRouted event) {
		for (ReferralRecipients.Recipient r : recipients.of(event)) {
			Locale locale = Languages.locale(r.language());
			String organisation = recipients.organisationName(event.territoryId(), event.organisationId(),
					locale.getLanguage());
			Map<String, Object> vars = new HashMap<>();
			vars.put("lines", List.of(messages.getMessage("notification.mail.devices.request.routedText",
					new Object[] { event.reference(), organisation }, locale)));
			vars.put("link", baseUrl + "/partner/devices/" + event.requestId());
			delivery.deliver(new OutgoingMail(
					ReferralRecipients.derivedId("device-request-routed-mail", event.stepId(), r.userId()), r.email(),
					r.displayName(), locale, "device-request-routed", "notification.mail.devices.request.routedSubject",
					List.of(event.reference()), vars));
		}
	}

}
