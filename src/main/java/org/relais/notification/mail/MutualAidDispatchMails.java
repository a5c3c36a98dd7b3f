package org.relais.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.mutualaid.ActionNotice;
import org.relais.mutualaid.ActionOffered;
import org.relais.mutualaid.ActionOfferedToAssociation;
import org.relais.mutualaid.MissionReminderDue;
import org.relais.mutualaid.VolunteerContact;
import org.relais.platform.TextMessages;
import org.relais.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of the mutual-aid dispatch, in each reader's language: an action offered to a volunteer (and a text
 * message when the volunteer gave a phone), offered to an association (its members), and the reminder the day
 * before. They say the type, when and the commune only: never the place, the notes or the person's name, which the
 * volunteer sees after accepting.
 */
@Component
class MutualAidDispatchMails {

	private final MailDelivery delivery;

	private final MessageSource messages;

	private final TextMessages texts;

	private final DeviceRequestRecipients recipients;

	private final String baseUrl;

	MutualAidDispatchMails(MailDelivery delivery, MessageSource messages, TextMessages texts,
			DeviceRequestRecipients recipients, MailTemplates templates) {
		this.delivery = delivery;
		this.messages = messages;
		this.texts = texts;
		this.recipients = recipients;
		this.baseUrl = templates.baseUrl();
	}

	@ApplicationModuleListener
	void on(ActionOffered event) {
		VolunteerContact v = event.volunteer();
		Locale locale = Languages.locale(v.language());
		String link = baseUrl + "/volunteer/missions/" + event.assignmentId();
		send(v.email(), v.name(), locale, mailId("ma-offer", event.assignmentId(), event.notice().reference()),
				"notification.mutualaid.offer.subject", "notification.mutualaid.offer.text", event.notice(), link);
		if (v.phone() != null && !v.phone().isBlank()) {
			texts.send(v.phone(), messages.getMessage("notification.mutualaid.offer.sms",
					new Object[] { label(event.notice(), locale), when(event.notice(), locale), commune(event.notice(),
							locale), link },
					locale));
		}
	}

	@ApplicationModuleListener
	void on(MissionReminderDue event) {
		VolunteerContact v = event.volunteer();
		Locale locale = Languages.locale(v.language());
		send(v.email(), v.name(), locale, mailId("ma-reminder", event.assignmentId(), ""),
				"notification.mutualaid.reminder.subject", "notification.mutualaid.reminder.text", event.notice(),
				baseUrl + "/volunteer/missions/" + event.assignmentId());
	}

	@ApplicationModuleListener
	void on(ActionOfferedToAssociation event) {
		for (ReferralRecipients.Recipient r : recipients.members(event.organisationId())) {
			Locale locale = Languages.locale(r.language());
			send(r.email(), r.displayName(), locale,
					mailId("ma-association-offer", r.userId(), event.requestId() + ":" + event.round()),
					"notification.mutualaid.associationOffer.subject",
					"notification.mutualaid.associationOffer.text", event.notice(),
					baseUrl + "/partner/mutualaid/requests");
		}
	}

	private void send(String to, String name, Locale locale, UUID mailId, String subjectKey, String textKey,
			ActionNotice n, String link) {
		Object[] args = { label(n, locale), when(n, locale), commune(n, locale), n.reference() };
		List<String> lines = new ArrayList<>();
		lines.add(messages.getMessage(textKey, args, locale));
		Map<String, Object> vars = new HashMap<>();
		vars.put("lines", lines);
		vars.put("link", link);
		delivery.deliver(new OutgoingMail(mailId, to, name == null ? "" : name, locale, "mutualaid-dispatch",
				subjectKey, List.of(label(n, locale), n.reference()), vars));
	}

	private String label(ActionNotice n, Locale locale) {
		return messages.getMessage("mutualaid.action." + n.actionType().name(), null, locale);
	}

	private String commune(ActionNotice n, Locale locale) {
		return n.commune() != null ? n.commune()
				: messages.getMessage("notification.mutualaid.unknownCommune", null, locale);
	}

	/** When, in words: "on Tuesday 1 December, morning", "within 7 days", "on … at 14:30", "every week from …". */
	static String when(ActionNotice n, Locale locale, MessageSource messages) {
		String date = n.onDate() == null ? ""
				: n.onDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
		String part = n.dayPart() == null ? messages.getMessage("notification.mutualaid.anyTime", null, locale)
				: messages.getMessage("mutualaid.daypart." + n.dayPart().name(), null, locale);
		String time = n.exactTime() == null ? "" : n.exactTime().format(DateTimeFormatter.ofPattern("HH:mm"));
		return messages.getMessage("notification.mutualaid.when." + n.whenKind().name(),
				new Object[] { date, part, time }, locale);
	}

	private String when(ActionNotice n, Locale locale) {
		return when(n, locale, messages);
	}

	private static UUID mailId(String kind, UUID key, String more) {
		return UUID.nameUUIDFromBytes((kind + ":" + key + ":" + more).getBytes(StandardCharsets.UTF_8));
	}

}
