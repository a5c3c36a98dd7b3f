package org.relais.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.agenda.PollSlotTime;
import org.relais.notification.mail.MailTemplates.RenderedMail;
import org.relais.shared.Languages;

/**
 * The poll mails render in every language: the invitation and the reminder with the personal link and each slot
 * in the territory's time zone (summer and winter time), and the organiser's all-answered notice.
 */
class PollMailTemplatesTest {

	private static final String LINK = "https://relais.example/p/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";

	private final MailTemplates templates = new MailTemplates(MailTemplatesTest.messages(), "https://relais.example/");

	/** 14:00–16:00 in Paris on a summer day (UTC+2) and 9:30–11:00 on a winter day (UTC+1). */
	private static final List<PollSlotTime> SLOTS = List.of(
			new PollSlotTime(Instant.parse("2026-07-07T12:00:00Z"), Instant.parse("2026-07-07T14:00:00Z")),
			new PollSlotTime(Instant.parse("2026-12-08T08:30:00Z"), Instant.parse("2026-12-08T10:00:00Z")));

	private static OutgoingMail invitation(Locale locale, boolean reminder) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("reminder", reminder);
		vars.put("title", "Réunion <b>partenaires</b>");
		vars.put("organiser", "Les Paniers du Rhône");
		vars.put("link", LINK);
		vars.put("slots", AgendaPollMails.slotLines(SLOTS, locale, ZoneId.of("Europe/Paris")));
		return new OutgoingMail(UUID.randomUUID(), "someone@example.org", "Nadia", locale, "poll-invitation",
				reminder ? "notification.poll.reminder.subject" : "notification.poll.invitation.subject",
				List.of("Réunion"), vars);
	}

	@Test
	void invitationsAndRemindersCarryTheLinkAndTheSlotsInEveryLanguage() {
		for (String language : Languages.SUPPORTED) {
			Locale locale = Languages.locale(language);
			for (boolean reminder : List.of(false, true)) {
				RenderedMail mail = templates.render(invitation(locale, reminder));
				String what = (reminder ? "reminder" : "invitation") + " in " + language;
				assertThat(mail.subject()).as(what).contains("Réunion").doesNotContain("??");
				assertThat(mail.text()).as(what).contains(LINK, "Les Paniers du Rhône").doesNotContain("??", "[(");
				assertThat(mail.html()).as(what).contains("href=\"" + LINK + "\"").doesNotContain("??", "<b>");
			}
		}
		RenderedMail english = templates.render(invitation(Locale.ENGLISH, false));
		// the space before PM is a narrow no-break one in newer JDKs
		assertThat(english.text().replace('\u202f', ' ')).contains("- Tuesday, July 7, 2026, 2:00 PM – 4:00 PM")
			.contains("- Tuesday, December 8, 2026, 9:30 AM – 11:00 AM");
		RenderedMail french = templates.render(invitation(Locale.FRENCH, true));
		assertThat(french.text()).contains("mardi 7 juillet 2026, 14:00 – 16:00", "attend encore votre réponse");
	}

	@Test
	void theOrganiserIsToldEveryoneHasAnswered() {
		for (String language : Languages.SUPPORTED) {
			RenderedMail mail = templates.render(new OutgoingMail(UUID.randomUUID(), "partner@example.org", "Paul",
					Languages.locale(language), "poll-answered", "notification.poll.answered.subject",
					List.of("Réunion"), Map.of("title", "Réunion", "invitees", 3, "link",
							"https://relais.example/agenda/polls/1")));
			assertThat(mail.text()).as(language).contains("3", "https://relais.example/agenda/polls/1")
				.doesNotContain("??");
		}
	}

}
