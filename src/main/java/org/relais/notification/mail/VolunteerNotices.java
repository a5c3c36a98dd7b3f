package org.relais.notification.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.relais.mutualaid.VolunteerNotified;

/**
 * The words and links of a volunteer's notice, per kind: the subject, the mail's text and the in-app message (keys of
 * the notification bundle), and the page of the volunteer's space it opens.
 */
public final class VolunteerNotices {

	/** Message keys and the path of one kind of notice. */
	public record Words(String subject, String text, String inbox, String path) {
	}

	private VolunteerNotices() {
	}

	public static Words of(VolunteerNotified.Kind kind) {
		return switch (kind) {
			case ACTIVATED -> new Words("notification.volunteer.activated.subject",
					"notification.volunteer.activated.text", "notification.volunteer.activated.inbox", "/volunteer");
			case PROOF_VERIFIED -> new Words("notification.volunteer.proofVerified.subject",
					"notification.volunteer.proofVerified.text", "notification.volunteer.proofVerified.inbox",
					"/volunteer/documents");
			case PROOF_REJECTED -> new Words("notification.volunteer.proofRejected.subject",
					"notification.volunteer.proofRejected.text", "notification.volunteer.proofRejected.inbox",
					"/volunteer/documents");
			case PROOF_EXPIRING -> new Words("notification.volunteer.proofExpiring.subject",
					"notification.volunteer.proofExpiring.text", "notification.volunteer.proofExpiring.inbox",
					"/volunteer/documents");
			case CHARTER -> new Words("notification.volunteer.charter.subject", "notification.volunteer.charter.text",
					"notification.volunteer.charter.inbox", "/volunteer/charter");
		};
	}

	/** The message key of a default proof type's label (the mutual-aid bundle), or null for a territory's own. */
	public static String proofKey(VolunteerNotified event) {
		return event.proofName() == null && event.proofCode() != null ? "mutualaid.proof.type." + event.proofCode()
				: null;
	}

	public static String date(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
