package org.relais.notification.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A mail to render and send.
 *
 * @param mailId the event's mail id (sent once), or null when the event carries none
 * @param to the recipient's address
 * @param displayName the recipient's name, for the To header and the greeting
 * @param locale the language of the mail
 * @param template the name of the template pair {@code templates/notification/mail/<template>.html|.txt}
 * @param subjectKey message key of the subject
 * @param subjectArgs arguments of the subject
 * @param variables what the templates show, besides {@code displayName}, {@code subject} and {@code baseUrl}
 * @param attachments files joined to the mail (an invitation's {@code .ics}), none for most mails
 */
record OutgoingMail(UUID mailId, String to, String displayName, Locale locale, String template, String subjectKey,
		List<Object> subjectArgs, Map<String, Object> variables, List<MailAttachment> attachments) {

	OutgoingMail {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	OutgoingMail(UUID mailId, String to, String displayName, Locale locale, String template, String subjectKey,
			List<Object> subjectArgs, Map<String, Object> variables) {
		this(mailId, to, displayName, locale, template, subjectKey, subjectArgs, variables, List.of());
	}

	/**
	 * A file joined to a mail. An iCalendar object ({@code calendarMethod} REQUEST, CANCEL…) is also put beside
	 * the text and HTML parts as {@code text/calendar; method=…}, which is what calendar clients (Thunderbird,
	 * Outlook, Gmail, Apple Mail) read as an invitation with its buttons.
	 */
	record MailAttachment(String fileName, String contentType, byte[] content, String calendarMethod) {

		static MailAttachment calendar(String fileName, String ics, String method) {
			return new MailAttachment(fileName, "text/calendar; charset=UTF-8; method=" + method,
					ics.getBytes(java.nio.charset.StandardCharsets.UTF_8), method);
		}

	}

}
