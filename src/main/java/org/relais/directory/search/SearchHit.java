package org.relais.directory.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.relais.directory.SaturationLevel;

/** One service found, with what a result list and a map need. */
public record SearchHit(UUID serviceId, UUID organisationId, String name, String organisationName, String summary,
		List<String> needs, SaturationLevel saturation, boolean stale, boolean temporarilyClosed, Instant updatedAt,
		Double distanceKm, List<Pin> pins) {

	/** A location of the service on the map. */
	public record Pin(UUID locationId, String label, String address, double latitude, double longitude) {
	}

}
