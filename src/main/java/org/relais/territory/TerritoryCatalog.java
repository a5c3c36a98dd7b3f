package org.relais.territory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to territories and their perimeters for every module. */
public interface TerritoryCatalog {

	Optional<TerritorySummary> find(UUID id);

	Optional<TerritorySummary> findBySlug(String slug);

	List<TerritorySummary> all();

	/** The territory's reference areas, parents before children. */
	List<AreaSummary> areas(UUID territoryId);

}
