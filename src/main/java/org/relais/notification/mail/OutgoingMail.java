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
 */
record OutgoingMail(UUID mailId, String to, String displayName, Locale locale, String template, String subjectKey,
		List<Object> subjectArgs, Map<String, Object> variables) {
}
