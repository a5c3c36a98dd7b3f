package org.relais.agenda.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What the agenda's mail tests read of the mails GreenMail received: recipients, plain text, calendar parts. */
final class MailParts {

	private MailParts() {
	}

	/** The mails to an address (case-insensitive) whose subject contains a text. */
	static List<MimeMessage> mails(GreenMailExtension smtp, String email, String subjectPart) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().toLowerCase().contains(email.toLowerCase()))
						&& m.getSubject().contains(subjectPart);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	/** The first such mail, or null. */
	static MimeMessage mailTo(GreenMailExtension smtp, String email, String subjectPart) {
		List<MimeMessage> found = mails(smtp, email, subjectPart);
		return found.isEmpty() ? null : found.get(0);
	}

	/** The plain-text parts of a mail. */
	static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart mp) {
			StringBuilder b = new StringBuilder();
			for (int i = 0; i < mp.getCount(); i++) {
				b.append(text(mp.getBodyPart(i)));
			}
			return b.toString();
		}
		return "";
	}

	/** The text/calendar parts of a mail, in order (the inline invitation, then the .ics file). */
	static List<String> calendars(Part part) {
		List<String> found = new ArrayList<>();
		try {
			collect(part, found);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return found;
	}

	private static void collect(Part part, List<String> found) throws Exception {
		if (part.isMimeType("text/calendar")) {
			try (InputStream in = part.getInputStream()) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				in.transferTo(out);
				found.add(out.toString(StandardCharsets.UTF_8));
			}
			return;
		}
		if (part.getContent() instanceof Multipart mp) {
			for (int i = 0; i < mp.getCount(); i++) {
				collect(mp.getBodyPart(i), found);
			}
		}
	}

}
