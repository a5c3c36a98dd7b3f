package org.relais.notification.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.relais.notification.mail.MailTemplates.RenderedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends through the SMTP server when {@code spring.mail.host} is set; otherwise writes each mail as an RFC 822
 * {@code .eml} file under {@code RELAIS_DATA_DIR/mail/} and logs its path, so that a demo can be followed without
 * a mail server. Every mail is {@code multipart/alternative}: plain text, then HTML.
 */
@Component
class MailTransport {

	static final String MAIL_ID_HEADER = "X-Relais-Mail-Id";

	private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

	private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final ObjectProvider<JavaMailSender> senders;

	private final boolean smtp;

	private final Path mailDir;

	private final String from;

	private final Clock clock;

	MailTransport(ObjectProvider<JavaMailSender> senders, @Value("${spring.mail.host:}") String host,
			@Value("${relais.data-dir}") String dataDir, @Value("${relais.mail-from}") String from, Clock clock) {
		this.senders = senders;
		this.smtp = host != null && !host.isBlank();
		this.mailDir = Path.of(dataDir).resolve("mail");
		this.from = from;
		this.clock = clock;
	}

	void send(UUID mailId, InternetAddress to, RenderedMail mail) {
		send(mailId, to, mail, List.of());
	}

	void send(UUID mailId, InternetAddress to, RenderedMail mail, List<OutgoingMail.MailAttachment> attachments) {
		JavaMailSender sender = smtp ? senders.getIfAvailable() : null;
		if (sender != null) {
			MimeMessage message = sender.createMimeMessage();
			fill(message, mailId, to, mail, attachments);
			sender.send(message);
			return;
		}
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		fill(message, mailId, to, mail, attachments);
		Path file = write(mailId, message);
		log.info("No SMTP server configured (spring.mail.host): mail \"{}\" written to {}", mail.subject(), file);
	}

	private void fill(MimeMessage message, UUID mailId, InternetAddress to, RenderedMail mail,
			List<OutgoingMail.MailAttachment> attachments) {
		try {
			message.setFrom(InternetAddress.parse(from, true)[0]);
			message.setRecipient(Message.RecipientType.TO, to);
			message.setSubject(mail.subject(), "UTF-8");
			message.setSentDate(Date.from(clock.instant()));
			message.setHeader(MAIL_ID_HEADER, mailId.toString());
			// RFC 3834: an automatic message, so that vacation responders stay quiet.
			message.setHeader("Auto-Submitted", "auto-generated");
			MimeBodyPart text = new MimeBodyPart();
			text.setText(mail.text(), "UTF-8", "plain");
			MimeBodyPart html = new MimeBodyPart();
			html.setText(mail.html(), "UTF-8", "html");
			MimeMultipart alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(text);
			alternative.addBodyPart(html);
			if (attachments.isEmpty()) {
				message.setContent(alternative);
			}
			else {
				MimeMultipart mixed = new MimeMultipart("mixed");
				MimeBodyPart body = new MimeBodyPart();
				body.setContent(alternative);
				mixed.addBodyPart(body);
				for (OutgoingMail.MailAttachment a : attachments) {
					if (a.calendarMethod() != null) {
						MimeBodyPart inline = new MimeBodyPart();
						inline.setContent(new String(a.content(), StandardCharsets.UTF_8), a.contentType());
						inline.setHeader("Content-Type", a.contentType());
						alternative.addBodyPart(inline);
					}
					MimeBodyPart file = new MimeBodyPart();
					file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
					file.setFileName(a.fileName());
					file.setDisposition(Part.ATTACHMENT);
					mixed.addBodyPart(file);
				}
				message.setContent(mixed);
			}
			message.saveChanges();
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

	private Path write(UUID mailId, MimeMessage message) {
		Instant now = clock.instant();
		try {
			Files.createDirectories(mailDir);
			Path file = mailDir.resolve(FILE_STAMP.format(now) + "-" + mailId + ".eml");
			Path partial = Files.createTempFile(mailDir, "." + mailId, ".part");
			try (OutputStream out = Files.newOutputStream(partial)) {
				message.writeTo(out);
			}
			catch (IOException | MessagingException | RuntimeException ex) {
				Files.deleteIfExists(partial);
				throw ex;
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return file.toAbsolutePath().normalize();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
	}

}
