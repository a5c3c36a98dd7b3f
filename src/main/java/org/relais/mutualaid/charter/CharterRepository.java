package org.relais.mutualaid.charter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CharterRepository extends JpaRepository<Charter, UUID> {

	Optional<Charter> findFirstByTerritoryIdOrderByVersionNumberDesc(UUID territoryId);

	List<Charter> findByTerritoryIdOrderByVersionNumberDesc(UUID territoryId);

	Optional<Charter> findByIdAndTerritoryId(UUID id, UUID territoryId);

}
