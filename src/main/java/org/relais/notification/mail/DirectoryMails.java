package org.relais.notification.mail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.relais.directory.FreshnessReminderDue;
import org.relais.shared.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The directory's freshness mails: the monthly list of services to verify, or a territory admin's campaign, with the
 * one-click confirmation link, in the editor's language. Runs after the commit, from the publication registry.
 */
@Component
class DirectoryMails {

	private final MailDelivery delivery;

	private final ZoneId zone;

	DirectoryMails(MailDelivery delivery, @Value("${relais.time-zone:Europe/Paris}") String zone) {
		this.delivery = delivery;
		this.zone = ZoneId.of(zone);
	}

	/** A line of the mail: the service, its organisation, the date it was due (or empty). */
	record Line(String name, String organisation, String due) {
	}

	@ApplicationModuleListener
	void on(FreshnessReminderDue event) {
		Locale locale = Languages.locale(event.language());
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		List<Line> lines = event.services()
			.stream()
			.map(s -> new Line(nonNull(s.name()), nonNull(s.organisation()),
					s.verifyBy() == null ? "" : dates.format(s.verifyBy().atZone(zone))))
			.toList();
		Map<String, Object> vars = new HashMap<>();
		vars.put("services", lines);
		vars.put("count", lines.size());
		vars.put("territoryName", nonNull(event.territoryName()));
		vars.put("link", event.link());
		vars.put("expiresAt", AccountMails.format(event.expiresAt(), locale, zone));
		LocalDate deadline = event.campaignDeadline();
		vars.put("deadline", deadline == null ? null : dates.format(deadline));
		vars.put("message", event.campaignMessage());
		String subject = deadline == null ? "directory.freshness.mail.subject"
				: "directory.freshness.mail.campaignSubject";
		List<Object> args = deadline == null ? List.of(lines.size())
				: List.of(nonNull(event.territoryName()), dates.format(deadline));
		delivery.deliver(new OutgoingMail(event.mailId(), event.email(), event.displayName(), locale,
				"freshness-reminder", subject, args, vars));
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

}
