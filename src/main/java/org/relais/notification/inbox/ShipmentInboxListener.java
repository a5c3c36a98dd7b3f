package org.relais.notification.inbox;

import java.util.List;
import java.util.UUID;

import org.relais.devices.ShipmentParcelShipped;
import org.relais.directory.DirectoryCatalog;
import org.relais.notification.mail.ReferralRecipients;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A parcel of devices left: it lands in the inbox of each member of the partner organisation, with the tracking
 * number, linking to the parcel. Ids derive from the parcel and the reader: a replayed event adds nothing.
 */
@Component
class ShipmentInboxListener {

	private final Inbox inbox;

	private final DirectoryCatalog directory;

	ShipmentInboxListener(Inbox inbox, DirectoryCatalog directory) {
		this.inbox = inbox;
		this.directory = directory;
	}

	@ApplicationModuleListener
	void on(ShipmentParcelShipped event) {
		for (UUID userId : directory.organisationMembers(event.organisationId())) {
			inbox.add(ReferralRecipients.derivedId("parcel-shipped", event.parcelId(), userId), userId,
					event.territoryId(), "notification.mail.devices.shipment.inbox",
					List.of(StoredArg.text(String.valueOf(event.devices())), StoredArg.text(event.trackingNumber())),
					"/partner/devices/parcels/" + event.parcelId());
		}
	}

}
