package org.relais.mutualaid;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A seat to an event was confirmed in a driver's offer. The driver (a volunteer: by mail, and in the app when they
 * have an account) and the passenger (a user of the territory, when {@code passengerUserId} is set; a person without
 * internet is told by the desk, which sees the confirmation on the event's carpooling page) are told.
 *
 * @param departure the driver's departure time, in the territory's zone
 * @param departureCommune the name of the driver's departure commune
 * @param pickUpCommune the name of the passenger's commune (the pick-up point is its centre)
 * @param passengerFirstName a user's first name, for the driver (null for a person of the desk)
 * @param path the carpooling page of the event, relative to the site
 */
public record CarpoolSeatConfirmed(UUID territoryId, UUID eventId, UUID seatId, UUID offerId, String eventTitle,
		ZonedDateTime departure, String departureCommune, String pickUpCommune, UUID driverUserId, String driverEmail,
		String driverName, String driverLanguage, UUID passengerUserId, String passengerFirstName, String path) {
}
