package org.relais.notification.inbox;

import java.util.List;

import org.relais.mutualaid.CarpoolSeatConfirmed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A carpool seat was confirmed: it lands in the inbox of the driver (when they have an account) and of the passenger
 * (a user), linking to the event's carpooling page. Ids derive from the seat and the reader.
 */
@Component
class CarpoolInboxListener {

	private final Inbox inbox;

	CarpoolInboxListener(Inbox inbox) {
		this.inbox = inbox;
	}

	private static java.util.UUID id(String kind, java.util.UUID seat, java.util.UUID user) {
		return java.util.UUID.nameUUIDFromBytes((kind + ":" + seat + ":" + user)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@ApplicationModuleListener
	void on(CarpoolSeatConfirmed event) {
		if (event.driverUserId() != null) {
			inbox.add(id("carpool-driver", event.seatId(), event.driverUserId()), event.driverUserId(),
					event.territoryId(), "notification.carpool.inbox.driver",
					List.of(StoredArg.text(event.eventTitle()), StoredArg.text(event.pickUpCommune())), event.path());
		}
		if (event.passengerUserId() != null) {
			inbox.add(id("carpool-passenger", event.seatId(), event.passengerUserId()),
					event.passengerUserId(), event.territoryId(), "notification.carpool.inbox.passenger",
					List.of(StoredArg.text(event.eventTitle()), StoredArg.text(event.driverName())), event.path());
		}
	}

}
