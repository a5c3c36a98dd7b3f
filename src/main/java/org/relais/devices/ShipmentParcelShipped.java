package org.relais.devices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A parcel of a shipment batch left for a partner organisation: the notification module tells the organisation's
 * members (mail and inbox) with the tracking number and a link to the parcel. Nothing about the people.
 *
 * @param devices the number of devices in the parcel
 * @param orders the number of orders it serves
 */
public record ShipmentParcelShipped(UUID parcelId, UUID batchId, UUID territoryId, UUID organisationId,
		LocalDate cutoffDate, String trackingNumber, int devices, int orders, Instant shippedAt) {
}
