package org.relais.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.desk.DeskNotices;
import org.relais.desk.DeskWebRequestReceived;
import org.relais.shared.Languages;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Confirms a request sent through a territory's public web form to the caller, when they left an email address,
 * in the language of the page they used: the reference and what happens next. The mail's id derives from the
 * request, so a replayed event sends no second mail; a request triaged before the mail left (its contact cleared)
 * gets none.
 */
@Component
class DeskRequestMails {

	private final MailDelivery delivery;

	private final DeskNotices notices;

	private final TerritoryCatalog territories;

	private final MessageSource messages;

	DeskRequestMails(MailDelivery delivery, DeskNotices notices, TerritoryCatalog territories,
			MessageSource messages) {
		this.delivery = delivery;
		this.notices = notices;
		this.territories = territories;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(DeskWebRequestReceived event) {
		notices.webRequest(event.deskRequestId()).ifPresent(n -> {
			Locale locale = Languages.locale(Languages.isSupported(n.language()) ? n.language() : Languages.DEFAULT);
			String territory = territories.find(n.territoryId())
				.map(t -> t.name(locale.getLanguage()))
				.orElse("");
			String wanted = messages.getMessage(n.wantedKey(), null, n.wantedKey(), locale);
			Object[] args = { n.reference(), wanted, territory };
			List<String> lines = List.of(messages.getMessage("notification.mail.desk.receivedText", args, locale),
					messages.getMessage("notification.mail.desk.reference", args, locale),
					messages.getMessage("notification.mail.desk.next", args, locale));
			UUID mailId = UUID.nameUUIDFromBytes(("desk-received-mail:" + n.id()).getBytes(StandardCharsets.UTF_8));
			delivery.deliver(new OutgoingMail(mailId, n.email(), n.name() == null ? "" : n.name(), locale,
					"desk-received", "notification.mail.desk.receivedSubject", List.of(n.reference(), territory),
					Map.of("lines", lines)));
		});
	}

}
