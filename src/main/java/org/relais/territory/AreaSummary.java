package org.relais.territory;

import java.util.List;
import java.util.UUID;

/** A reference area (commune, intercommunality, canton…) of a territory's perimeter. */
public record AreaSummary(UUID id, UUID parentId, AreaKind kind, String code, String name, List<String> postalCodes,
		Double latitude, Double longitude, Integer population) {
}
