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

import org.relais.agenda.AppointmentBooked;
import org.relais.agenda.AppointmentCancelled;
import org.relais.agenda.AppointmentNotice;
import org.relais.agenda.AppointmentReminderDue;
import org.relais.agenda.Appointments;
import org.relais.platform.TextMessages;
import org.relais.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The notices of an appointment to the person it is for, in the language they booked in: a mail when they left an
 * email (with the appointment as an {@code .ics} for their calendar), a text message when they left a phone (through
 * {@link TextMessages}), at booking, a day before (the reminder) and at cancellation. Each mail's id derives from the
 * event kind and the appointment, so a replayed event sends no second mail; a notice for an appointment no longer
 * booked is dropped (a reminder after a cancellation).
 */
@Component
class AppointmentMails {

	private final MailDelivery delivery;

	private final Appointments appointments;

	private final TextMessages texts;

	private final MessageSource messages;

	private final String baseUrl;

	AppointmentMails(MailDelivery delivery, Appointments appointments, TextMessages texts, MessageSource messages,
			MailTemplates templates) {
		this.delivery = delivery;
		this.appointments = appointments;
		this.texts = texts;
		this.messages = messages;
		this.baseUrl = templates.baseUrl();
	}

	@ApplicationModuleListener
	void on(AppointmentBooked event) {
		appointments.notice(event.appointmentId()).filter(AppointmentNotice::booked).ifPresent(n -> send(n, "booked"));
	}

	@ApplicationModuleListener
	void on(AppointmentReminderDue event) {
		appointments.notice(event.appointmentId())
			.filter(AppointmentNotice::booked)
			.ifPresent(n -> send(n, "reminder"));
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled event) {
		appointments.notice(event.appointmentId()).ifPresent(n -> send(n, "cancelled"));
	}

	private void send(AppointmentNotice n, String kind) {
		Locale locale = Languages.locale(n.language());
		String date = n.start().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
		String time = n.start().format(DateTimeFormatter.ofPattern("HH:mm", locale));
		String link = baseUrl + n.ownPagePath();
		Object[] args = { n.title(), date, time, n.organisationName(), n.place(), n.reference() };
		if (n.contactEmail() != null) {
			List<String> lines = new ArrayList<>();
			lines.add(messages.getMessage("notification.booking.mail." + kind + "Text", args, locale));
			if (n.place() != null && !n.place().isBlank()) {
				lines.add(messages.getMessage("notification.booking.mail.place", args, locale));
			}
			lines.add(messages.getMessage("notification.booking.mail.reference", args, locale));
			Map<String, Object> vars = new HashMap<>();
			vars.put("lines", lines);
			vars.put("link", link);
			vars.put("cancellable", !"cancelled".equals(kind));
			UUID mailId = UUID.nameUUIDFromBytes(("booking-" + kind + "-mail:" + n.id())
				.getBytes(StandardCharsets.UTF_8));
			List<OutgoingMail.MailAttachment> ics = appointments.ics(n.id(), baseUrl)
				.map(text -> List.of(OutgoingMail.MailAttachment.calendar("appointment.ics", text,
						n.booked() ? "PUBLISH" : "CANCEL")))
				.orElse(List.of());
			delivery.deliver(new OutgoingMail(mailId, n.contactEmail(), n.contactName() == null ? "" : n.contactName(),
					locale, "booking-notice", "notification.booking.mail." + kind + "Subject",
					List.of(n.title(), date, time), vars, ics));
		}
		if (n.contactPhone() != null) {
			texts.send(n.contactPhone(), messages.getMessage("notification.booking.sms." + kind,
					new Object[] { n.title(), date, time, n.reference(), link }, locale));
		}
	}

}
