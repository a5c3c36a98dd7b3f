package org.relais.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	Optional<Organisation> findByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<Organisation> findByTerritoryIdAndSourceAndExternalId(UUID territoryId, String source, String externalId);

	List<Organisation> findByTerritoryIdAndStatus(UUID territoryId, OrganisationStatus status);

	List<Organisation> findByTerritoryIdOrderByNameFr(UUID territoryId);

	long countByTerritoryId(UUID territoryId);

}
