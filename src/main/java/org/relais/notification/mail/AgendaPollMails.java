package org.relais.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.agenda.PollFullyAnswered;
import org.relais.agenda.PollInvitationIssued;
import org.relais.agenda.PollReminderDue;
import org.relais.agenda.PollSlotTime;
import org.relais.shared.Languages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of find-a-slot polls: each invitee's invitation with their personal link and the proposed slots (in
 * the territory's time zone and the invitee's language), the one reminder to those who have not answered, and the
 * notice to the organiser once everyone has answered. Each sent once (ids from the events).
 */
@Component
class AgendaPollMails {

	private final MailDelivery delivery;

	AgendaPollMails(MailDelivery delivery) {
		this.delivery = delivery;
	}

	@ApplicationModuleListener
	void on(PollInvitationIssued event) {
		invite(event.mailId(), false, event.title(), event.organiserName(), event.email(), event.displayName(),
				event.language(), event.link(), event.zoneId(), event.slots());
	}

	@ApplicationModuleListener
	void on(PollReminderDue event) {
		invite(event.mailId(), true, event.title(), event.organiserName(), event.email(), event.displayName(),
				event.language(), event.link(), event.zoneId(), event.slots());
	}

	@ApplicationModuleListener
	void on(PollFullyAnswered event) {
		Locale locale = Languages.locale(event.language());
		Map<String, Object> vars = new HashMap<>();
		vars.put("title", event.title());
		vars.put("invitees", event.invitees());
		vars.put("link", event.link());
		UUID mailId = UUID.nameUUIDFromBytes(("poll-answered:" + event.pollId()).getBytes(StandardCharsets.UTF_8));
		delivery.deliver(new OutgoingMail(mailId, event.organiserEmail(), event.organiserName(), locale,
				"poll-answered", "notification.poll.answered.subject", List.of(event.title()), vars));
	}

	private void invite(UUID mailId, boolean reminder, String title, String organiser, String email, String name,
			String language, String link, String zoneId, List<PollSlotTime> slots) {
		Locale locale = Languages.locale(language);
		Map<String, Object> vars = new HashMap<>();
		vars.put("reminder", reminder);
		vars.put("title", title);
		vars.put("organiser", organiser);
		vars.put("link", link);
		vars.put("slots", slotLines(slots, locale, ZoneId.of(zoneId)));
		delivery.deliver(new OutgoingMail(mailId, email, name, locale, "poll-invitation",
				reminder ? "notification.poll.reminder.subject" : "notification.poll.invitation.subject",
				List.of(title), vars));
	}

	/** Each slot on one line: its day, then its start and end times. */
	static List<String> slotLines(List<PollSlotTime> slots, Locale locale, ZoneId zone) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).withZone(zone);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
		return slots.stream()
			.map(s -> day.format(s.startsAt()) + ", " + time.format(s.startsAt()) + " – " + time.format(s.endsAt()))
			.toList();
	}

}
