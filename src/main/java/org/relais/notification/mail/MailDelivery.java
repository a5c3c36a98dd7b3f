package org.relais.notification.mail;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.relais.notification.mail.MailTemplates.RenderedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a mail once. Within the listener's transaction, the mail id is claimed in {@code sent_mail} (an insert,
 * flushed) before the mail leaves: a replayed event finds it and sends nothing, two concurrent replays cannot both
 * claim it, and a failed send rolls the claim back so that the publication is retried.
 */
@Component
@Transactional
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final SentMailRepository sent;

	private final MailTemplates templates;

	private final MailTransport transport;

	private final Clock clock;

	MailDelivery(SentMailRepository sent, MailTemplates templates, MailTransport transport, Clock clock) {
		this.sent = sent;
		this.templates = templates;
		this.transport = transport;
		this.clock = clock;
	}

	void deliver(OutgoingMail mail) {
		if (mail.mailId() != null && sent.existsById(mail.mailId())) {
			log.debug("Mail {} was already sent", mail.mailId());
			return;
		}
		InternetAddress to = address(mail.to(), mail.displayName());
		if (to == null) {
			// Retrying cannot help: say so and let the publication complete.
			log.warn("Mail {} ({}) not sent: the recipient address is not valid", mail.mailId(), mail.template());
			return;
		}
		RenderedMail rendered = templates.render(mail);
		UUID id = mail.mailId() != null ? mail.mailId() : UUID.randomUUID();
		sent.saveAndFlush(new SentMail(id, clock.instant(), to.getAddress(), mail.template()));
		transport.send(id, to, rendered, mail.attachments());
	}

	static InternetAddress address(String email, String displayName) {
		if (email == null || email.isBlank() || email.length() > 320) {
			return null;
		}
		try {
			InternetAddress address = new InternetAddress(email.trim(), true);
			if (address.isGroup() || !address.getAddress().contains("@")) {
				return null;
			}
			if (displayName != null && !displayName.isBlank()) {
				address.setPersonal(displayName.strip(), "UTF-8");
			}
			return address;
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			return null;
		}
	}

}
