package org.relais.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.mutualaid.VolunteerMeetingDue;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.subscription.KitRenewalDue;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The coordinators' periodic reminders, each in the reader's language: a volunteer meeting is due (mutual aid), the
 * flyers are due for renewal (communication kit). Each mail's id derives from the reminder and the reader.
 */
@Component
class CoordinatorReminderMails {

	private final MailDelivery delivery;

	private final AccountDirectory accounts;

	private final MessageSource messages;

	CoordinatorReminderMails(MailDelivery delivery, AccountDirectory accounts, MessageSource messages) {
		this.delivery = delivery;
		this.accounts = accounts;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(VolunteerMeetingDue event) {
		for (UUID userId : event.recipients()) {
			reader(userId).ifPresent(r -> {
				Locale locale = Languages.locale(r.language());
				String text = event.lastMeeting() == null
						? messages.getMessage("notification.meeting.textNone",
								new Object[] { event.territoryName(), event.intervalMonths() }, locale)
						: messages.getMessage("notification.meeting.textLast",
								new Object[] { event.territoryName(), date(event.lastMeeting(), locale),
										event.intervalMonths() },
								locale);
				send(r, locale, "meeting", event.reminderId(), event.territoryName(), text, event.link());
			});
		}
	}

	@ApplicationModuleListener
	void on(KitRenewalDue event) {
		for (UUID userId : event.recipients()) {
			reader(userId).ifPresent(r -> {
				Locale locale = Languages.locale(r.language());
				String text = event.since() == null
						? messages.getMessage("notification.kit.textNever", new Object[] { event.territoryName() },
								locale)
						: messages.getMessage("notification.kit.textSince",
								new Object[] { event.territoryName(), date(event.since(), locale) }, locale);
				send(r, locale, "kit", event.reminderId(), event.territoryName(), text, event.link());
			});
		}
	}

	private java.util.Optional<RelaisPrincipal> reader(UUID userId) {
		return accounts.findById(userId).filter(RelaisPrincipal::isEnabled);
	}

	/** One reminder mail; {@code kind} is "meeting" or "kit" (keys notification.meeting.* and notification.kit.*). */
	private void send(RelaisPrincipal r, Locale locale, String kind, UUID reminderId, String territoryName,
			String text, String link) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("lines", List.of(text));
		vars.put("link", link);
		vars.put("action", messages.getMessage("meeting".equals(kind) ? "notification.meeting.action"
				: "notification.kit.action", null, locale));
		String subject = "meeting".equals(kind) ? "notification.meeting.subject" : "notification.kit.subject";
		UUID mailId = UUID.nameUUIDFromBytes(("reminder-" + kind + ":" + reminderId + ":" + r.userId())
			.getBytes(StandardCharsets.UTF_8));
		delivery.deliver(new OutgoingMail(mailId, r.email(), r.displayName(), locale, "coordinator-reminder", subject,
				List.of(territoryName), vars));
	}

	private static String date(java.time.LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

}
