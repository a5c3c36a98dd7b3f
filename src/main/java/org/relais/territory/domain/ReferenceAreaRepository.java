package org.relais.territory.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferenceAreaRepository extends JpaRepository<ReferenceArea, UUID> {

	List<ReferenceArea> findByTerritoryIdOrderByKindAscNameAsc(UUID territoryId);

	long countByTerritoryId(UUID territoryId);

}
