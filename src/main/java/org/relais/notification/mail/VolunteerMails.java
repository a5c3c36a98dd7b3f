package org.relais.notification.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.relais.mutualaid.VolunteerNotified;
import org.relais.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mail to a volunteer, in their language: account activated, document verified, document rejected (with the
 * reason), document expiring soon, new charter version to sign; with the link to the page of their space.
 */
@Component
class VolunteerMails {

	private final MailDelivery delivery;

	private final MessageSource messages;

	private final String baseUrl;

	VolunteerMails(MailDelivery delivery, MessageSource messages, MailTemplates templates) {
		this.delivery = delivery;
		this.messages = messages;
		this.baseUrl = templates.baseUrl();
	}

	@ApplicationModuleListener
	void on(VolunteerNotified event) {
		if (event.email() == null) {
			return;
		}
		Locale locale = Languages.locale(event.language());
		VolunteerNotices.Words words = VolunteerNotices.of(event.kind());
		String proofKey = VolunteerNotices.proofKey(event);
		String proof = proofKey != null ? messages.getMessage(proofKey, null, proofKey, locale)
				: event.proofName() == null ? "" : event.proofName();
		Map<String, Object> vars = new HashMap<>();
		vars.put("lines", List.of(messages.getMessage(words.text(), new Object[] { proof,
				VolunteerNotices.date(event.date(), locale), event.reason() == null ? "" : event.reason(),
				event.charterVersion() == null ? "" : event.charterVersion() }, locale)));
		vars.put("link", baseUrl + words.path());
		delivery.deliver(new OutgoingMail(ReferralRecipients.derivedId("volunteer-mail", event.id(),
				event.volunteerId()), event.email(), event.name(), locale, "volunteer-notice", words.subject(),
				List.of(proof), vars));
	}

}
