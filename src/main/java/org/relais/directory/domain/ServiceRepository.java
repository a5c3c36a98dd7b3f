package org.relais.directory.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceRepository extends JpaRepository<Service, UUID> {

	Optional<Service> findByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<Service> findByTerritoryIdAndSourceAndExternalId(UUID territoryId, String source, String externalId);

	List<Service> findByOrganisationIdOrderByNameFr(UUID organisationId);

	@Query("select s from Service s where s.organisation.id in :organisations and s.status in :statuses "
			+ "and (s.verifyBy is null or s.verifyBy < :now)")
	List<Service> findStale(Collection<UUID> organisations, Collection<ServiceStatus> statuses, Instant now);

	@Query("select s from Service s where s.territoryId = :territoryId and s.status in :statuses")
	List<Service> findByTerritory(UUID territoryId, Collection<ServiceStatus> statuses);

	@Query("select s from Service s where s.status in :statuses and (:modifiedAfter is null or s.updatedAt > :modifiedAfter)")
	Page<Service> findVisible(Collection<ServiceStatus> statuses, Instant modifiedAfter, Pageable pageable);

	long countByTerritoryId(UUID territoryId);

}
