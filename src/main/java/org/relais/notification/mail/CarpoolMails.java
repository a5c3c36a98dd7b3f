package org.relais.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.mutualaid.CarpoolSeatConfirmed;
import org.relais.platform.AccountDirectory;
import org.relais.shared.Languages;
import org.relais.platform.RelaisPrincipal;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A carpool seat was confirmed: the driver is told (at their volunteer address, in their language) whom they take
 * and from where; a passenger with an account is told who drives them and when. A person without internet is told
 * by the desk. Mail ids derive from the seat and the reader: a replayed event sends nothing twice.
 */
@Component
class CarpoolMails {

	private final MailDelivery delivery;

	private final AccountDirectory accounts;

	private final String baseUrl;

	CarpoolMails(MailDelivery delivery, AccountDirectory accounts, MailTemplates templates) {
		this.delivery = delivery;
		this.accounts = accounts;
		this.baseUrl = templates.baseUrl();
	}

	@ApplicationModuleListener
	void on(CarpoolSeatConfirmed event) {
		if (event.driverEmail() != null && !event.driverEmail().isBlank()) {
			Locale locale = Languages.locale(event.driverLanguage());
			Map<String, Object> vars = vars(event, locale);
			vars.put("passenger", event.passengerFirstName());
			send(event, "driver", event.driverEmail(), event.driverName(), locale, vars);
		}
		if (event.passengerUserId() != null) {
			RelaisPrincipal passenger = accounts.findById(event.passengerUserId())
				.filter(RelaisPrincipal::isEnabled)
				.orElse(null);
			if (passenger != null) {
				Locale locale = Languages.locale(passenger.language());
				Map<String, Object> vars = vars(event, locale);
				vars.put("driver", event.driverName());
				send(event, "passenger", passenger.email(), passenger.displayName(), locale, vars);
			}
		}
	}

	private Map<String, Object> vars(CarpoolSeatConfirmed event, Locale locale) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("title", event.eventTitle());
		vars.put("departure", event.departure()
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)));
		vars.put("from", event.departureCommune());
		vars.put("pickUp", event.pickUpCommune());
		vars.put("link", baseUrl + event.path());
		return vars;
	}

	private void send(CarpoolSeatConfirmed event, String role, String email, String name, Locale locale,
			Map<String, Object> vars) {
		vars.put("role", role);
		UUID mailId = UUID.nameUUIDFromBytes(("carpool-confirmed:" + role + ":" + event.seatId() + ":" + email)
			.getBytes(StandardCharsets.UTF_8));
		delivery.deliver(new OutgoingMail(mailId, email, name, locale, "carpool-confirmed",
				"notification.carpool.subject", List.of(event.eventTitle()), vars));
	}

}
