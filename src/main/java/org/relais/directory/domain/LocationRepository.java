package org.relais.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocationRepository extends JpaRepository<Location, UUID> {

	Optional<Location> findByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<Location> findByTerritoryIdAndSourceAndExternalId(UUID territoryId, String source, String externalId);

	List<Location> findByOrganisationId(UUID organisationId);

}
