package org.relais.notification.mail;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.devices.ShipmentParcelShipped;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationContact;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A parcel of devices left for a partner organisation: each active member is told in their language, with the
 * tracking number and a link to the parcel, where they confirm the reception; an organisation without any account
 * gets the mail at its public address, in its language. Mail ids derive from the parcel and the reader, so a
 * replayed event sends nothing twice.
 */
@Component
class ShipmentMails {

	private final MailDelivery delivery;

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	private final String baseUrl;

	ShipmentMails(MailDelivery delivery, DirectoryCatalog directory, AccountDirectory accounts,
			MailTemplates templates) {
		this.delivery = delivery;
		this.directory = directory;
		this.accounts = accounts;
		this.baseUrl = templates.baseUrl();
	}

	@ApplicationModuleListener
	void on(ShipmentParcelShipped event) {
		OrganisationContact organisation = directory.organisationContact(event.organisationId()).orElse(null);
		if (organisation == null) {
			return;
		}
		Set<UUID> members = directory.organisationMembers(event.organisationId());
		boolean sent = false;
		for (UUID userId : members) {
			RelaisPrincipal member = accounts.findById(userId).filter(RelaisPrincipal::isEnabled).orElse(null);
			if (member != null) {
				send(event, organisation, member.email(), member.displayName(), member.language(), userId);
				sent = true;
			}
		}
		if (!sent && organisation.email() != null && !organisation.email().isBlank()) {
			send(event, organisation, organisation.email(), organisation.name(), organisation.language(),
					event.organisationId());
		}
	}

	private void send(ShipmentParcelShipped event, OrganisationContact organisation, String email, String name,
			String language, UUID reader) {
		Locale locale = Languages.locale(language);
		Map<String, Object> vars = new HashMap<>();
		vars.put("organisation", organisation.name());
		vars.put("devices", event.devices());
		vars.put("orders", event.orders());
		vars.put("tracking", event.trackingNumber());
		vars.put("cutoff", event.cutoffDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)));
		vars.put("link", baseUrl + "/partner/devices/parcels/" + event.parcelId());
		UUID mailId = UUID.nameUUIDFromBytes(("parcel-shipped:" + event.parcelId() + ":" + reader)
			.getBytes(StandardCharsets.UTF_8));
		delivery.deliver(new OutgoingMail(mailId, email, name, locale, "parcel-shipped",
				"notification.mail.devices.shipment.subject", List.of(event.devices(), event.trackingNumber()),
				vars));
	}

}
