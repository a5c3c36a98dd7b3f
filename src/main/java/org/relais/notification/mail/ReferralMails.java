package org.relais.notification.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.relais.referral.ReferralSent;
import org.relais.referral.ReferralStatus;
import org.relais.referral.ReferralStatusChanged;
import org.relais.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The referral mails, in each reader's language, with the link to the referral and nothing about the person: to
 * the receiving organisation's members when a referral is sent or withdrawn, to the sender at every other change.
 * Each mail's id derives from the event and the reader, so a replayed event sends nothing again.
 */
@Component
class ReferralMails {

	private final MailDelivery delivery;

	private final ReferralRecipients recipients;

	private final MessageSource messages;

	private final String baseUrl;

	ReferralMails(MailDelivery delivery, ReferralRecipients recipients, MessageSource messages,
			MailTemplates templates) {
		this.delivery = delivery;
		this.recipients = recipients;
		this.messages = messages;
		this.baseUrl = templates.baseUrl();
	}

	@ApplicationModuleListener
	void on(ReferralSent event) {
		for (ReferralRecipients.Recipient r : recipients.of(event)) {
			Locale locale = Languages.locale(r.language());
			String service = ReferralRecipients.serviceName(event.serviceNames(), locale.getLanguage());
			List<String> lines = List.of(messages.getMessage("notification.referral.mail.sentText",
					new Object[] { event.senderName(), service }, locale));
			send(r, locale, event.referralId(), ReferralRecipients.derivedId("referral-sent-mail", event.referralId(),
					r.userId()), "notification.referral.mail.sentSubject", List.of(service), lines);
		}
	}

	@ApplicationModuleListener
	void on(ReferralStatusChanged event) {
		for (ReferralRecipients.Recipient r : recipients.of(event)) {
			Locale locale = Languages.locale(r.language());
			String service = ReferralRecipients.serviceName(event.serviceNames(), locale.getLanguage());
			String actor = event.actorName() != null ? event.actorName()
					: messages.getMessage("notification.referral.system", null, locale);
			List<String> lines = new ArrayList<>();
			String subject;
			List<Object> subjectArgs;
			if (event.to() == ReferralStatus.WITHDRAWN) {
				lines.add(messages.getMessage("notification.referral.mail.withdrawnText", new Object[] { actor, service },
						locale));
				subject = "notification.referral.mail.withdrawnSubject";
				subjectArgs = List.of(service);
			}
			else {
				String status = messages.getMessage("referral.status." + event.to().name(), null, locale);
				lines.add(messages.getMessage("notification.referral.status." + event.to().name(),
						new Object[] { service, actor }, locale));
				subject = "notification.referral.mail.statusSubject";
				subjectArgs = List.of(service, status);
			}
			if (event.reasonCode() != null) {
				String prefix = event.to() == ReferralStatus.REFUSED ? "referral.refusal." : "referral.outcome.";
				lines.add(messages.getMessage("notification.referral.mail.reason",
						new Object[] { messages.getMessage(prefix + event.reasonCode(), null, event.reasonCode(), locale) },
						locale));
			}
			send(r, locale, event.referralId(), ReferralRecipients.derivedId("referral-status-mail",
					event.transitionId(), r.userId()), subject, subjectArgs, lines);
		}
	}

	private void send(ReferralRecipients.Recipient r, Locale locale, java.util.UUID referralId, java.util.UUID mailId,
			String subjectKey, List<Object> subjectArgs, List<String> lines) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("lines", lines);
		vars.put("link", baseUrl + "/referrals/" + referralId);
		delivery.deliver(new OutgoingMail(mailId, r.email(), r.displayName(), locale, "referral", subjectKey,
				subjectArgs, vars));
	}

}
