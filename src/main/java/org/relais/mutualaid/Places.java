package org.relais.mutualaid;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.springframework.stereotype.Component;

/**
 * Where people are, as coarsely as the work needs: the centre of their commune (by its official code) or of the
 * commune holding their postal code, from the territory's reference areas. No street address is geocoded: distances
 * between volunteers, people and events are distances between commune centres.
 */
@Component
public class Places {

	private final TerritoryCatalog territories;

	Places(TerritoryCatalog territories) {
		this.territories = territories;
	}

	public Optional<GeoPoint> locate(UUID territoryId, String postalCode, String communeCode) {
		List<AreaSummary> areas = territories.areas(territoryId);
		if (communeCode != null && !communeCode.isBlank()) {
			Optional<GeoPoint> byCode = areas.stream()
				.filter(a -> communeCode.strip().equals(a.code()))
				.map(a -> GeoPoint.of(a.latitude(), a.longitude()))
				.filter(p -> p != null)
				.findFirst();
			if (byCode.isPresent()) {
				return byCode;
			}
		}
		if (postalCode != null && !postalCode.isBlank()) {
			return areas.stream()
				.filter(a -> a.postalCodes() != null && a.postalCodes().contains(postalCode.strip()))
				.map(a -> GeoPoint.of(a.latitude(), a.longitude()))
				.filter(p -> p != null)
				.findFirst();
		}
		return Optional.empty();
	}

	/** The territory's communes that have a centre, for a choice list. */
	public List<AreaSummary> communes(UUID territoryId) {
		return territories.areas(territoryId)
			.stream()
			.filter(a -> a.latitude() != null && a.longitude() != null)
			.filter(a -> a.kind() == org.relais.territory.AreaKind.COMMUNE)
			.toList();
	}

}
