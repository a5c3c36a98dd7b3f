package org.relais.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.EventChanged;
import org.relais.agenda.EventNotices;
import org.relais.agenda.EventReminderDue;
import org.relais.agenda.EventRsvpLinkIssued;
import org.relais.agenda.EventWaitlistPromoted;
import org.relais.shared.Languages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of the agenda's events, each in its reader's language (a user's own, a guest's from the invitation):
 * the invitation with the personal answer link and the {@code .ics} ({@code METHOD:REQUEST}); the change notice
 * (REQUEST with the higher SEQUENCE, a cancelled occurrence as an EXDATE of the series); the cancellation
 * ({@code METHOD:CANCEL}); the reminder before an occurrence; the place given from the waiting list. Users also get
 * the page's link (guests cannot open it).
 */
@Component
class AgendaEventMails {

	private final MailDelivery delivery;

	private final EventNotices notices;

	AgendaEventMails(MailDelivery delivery, EventNotices notices) {
		this.delivery = delivery;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(EventRsvpLinkIssued issued) {
		EventNotices.Recipient r = notices.recipient(issued.eventId(), issued.attendeeId()).orElse(null);
		if (r == null) {
			return;
		}
		EventNotices.Notice n = notices.notice(issued.eventId(), r.language(), null).orElse(null);
		if (n == null || n.cancelled()) {
			return;
		}
		Locale locale = Languages.locale(r.language());
		Map<String, Object> vars = variables(n, r, locale);
		vars.put("rsvpLink", issued.rsvpLink());
		delivery.deliver(new OutgoingMail(issued.mailId(), r.email(), r.name(), locale, "event-invitation",
				"notification.event.mail.invitation.subject", List.of(n.title()), vars,
				List.of(OutgoingMail.MailAttachment.calendar("invitation.ics", n.ics(), "REQUEST"))));
	}

	@ApplicationModuleListener
	void on(EventChanged changed) {
		for (EventNotices.Recipient r : notices.recipients(changed.eventId())) {
			if (r.response() == AttendeeResponse.NO) {
				continue;
			}
			EventNotices.Notice n = notices.notice(changed.eventId(), r.language(), changed.occurrence()).orElse(null);
			if (n == null) {
				return;
			}
			Locale locale = Languages.locale(r.language());
			Map<String, Object> vars = variables(n, r, locale);
			vars.put("change", changed.change().name());
			vars.put("reason", changed.reason() == null ? "" : changed.reason());
			vars.put("occurrence", changed.occurrence() == null ? ""
					: when(changed.occurrence().atZone(n.start().getZone()), null, n.allDay(), locale));
			boolean cancelled = changed.change() == EventChanged.Change.CANCELLED;
			UUID mailId = derived("event-change", changed.eventId(), changed.sequence(), r.attendeeId());
			delivery.deliver(new OutgoingMail(mailId, r.email(), r.name(), locale,
					cancelled ? "event-cancelled" : "event-change",
					cancelled ? "notification.event.mail.cancelled.subject" : "notification.event.mail.change.subject", List.of(n.title()), vars,
					List.of(OutgoingMail.MailAttachment.calendar(cancelled ? "cancel.ics" : "invitation.ics", n.ics(),
							cancelled ? "CANCEL" : "REQUEST"))));
		}
	}

	@ApplicationModuleListener
	void on(EventWaitlistPromoted promoted) {
		EventNotices.Recipient r = notices.recipient(promoted.eventId(), promoted.attendeeId()).orElse(null);
		EventNotices.Notice n = r == null ? null : notices.notice(promoted.eventId(), r.language(), null).orElse(null);
		if (n == null || n.cancelled()) {
			return;
		}
		Locale locale = Languages.locale(r.language());
		delivery.deliver(new OutgoingMail(promoted.noticeId(), r.email(), r.name(), locale, "event-promoted",
				"notification.event.mail.promoted.subject", List.of(n.title()), variables(n, r, locale),
				List.of(OutgoingMail.MailAttachment.calendar("invitation.ics", n.ics(), "REQUEST"))));
	}

	@ApplicationModuleListener
	void on(EventReminderDue due) {
		for (UUID attendeeId : due.attendeeIds()) {
			EventNotices.Recipient r = notices.recipient(due.eventId(), attendeeId).orElse(null);
			EventNotices.Notice n = r == null ? null
					: notices.notice(due.eventId(), r.language(), due.occurrence()).orElse(null);
			if (n == null || n.cancelled()) {
				continue;
			}
			Locale locale = Languages.locale(r.language());
			UUID mailId = derived("event-reminder", due.eventId(), due.occurrence(), attendeeId);
			delivery.deliver(new OutgoingMail(mailId, r.email(), r.name(), locale, "event-reminder",
					"notification.event.mail.reminder.subject", List.of(n.title()), variables(n, r, locale)));
		}
	}

	private static Map<String, Object> variables(EventNotices.Notice n, EventNotices.Recipient r, Locale locale) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("title", n.title());
		vars.put("when", when(n.start(), n.end(), n.allDay(), locale));
		vars.put("recurring", n.recurring());
		vars.put("place", n.place() == null ? "" : n.place());
		vars.put("online", n.onlineUrl() == null ? "" : n.onlineUrl());
		vars.put("organiser", n.organiserName());
		vars.put("pageLink", r.userId() != null ? n.pageUrl() : "");
		return vars;
	}

	/** "Tuesday 13 October 2026, 14:00 – 16:00 (Europe/Paris)", or the dates of an all-day event. */
	static String when(ZonedDateTime start, ZonedDateTime end, boolean allDay, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		if (allDay) {
			if (end == null) {
				return date.format(start);
			}
			ZonedDateTime last = end.minusDays(1);
			return last.toLocalDate().isAfter(start.toLocalDate()) ? date.format(start) + " – " + date.format(last)
					: date.format(start);
		}
		StringBuilder b = new StringBuilder(date.format(start)).append(", ").append(time.format(start));
		if (end != null) {
			b.append(" – ");
			if (!end.toLocalDate().equals(start.toLocalDate())) {
				b.append(date.format(end)).append(", ");
			}
			b.append(time.format(end));
		}
		return b.append(" (").append(start.getZone().getId()).append(')').toString();
	}

	private static UUID derived(String kind, Object... parts) {
		StringBuilder b = new StringBuilder(kind);
		for (Object p : parts) {
			b.append(':').append(p);
		}
		return UUID.nameUUIDFromBytes(b.toString().getBytes(StandardCharsets.UTF_8));
	}

}
