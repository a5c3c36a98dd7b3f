package org.relais.desk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.desk.DeskStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface DeskRequestRepository extends JpaRepository<DeskRequest, UUID>, JpaSpecificationExecutor<DeskRequest> {

	Optional<DeskRequest> findByIdAndTerritoryId(UUID id, UUID territoryId);

	boolean existsByTerritoryIdAndSummary(UUID territoryId, String summary);

	boolean existsByTerritoryIdAndReference(UUID territoryId, String reference);

	Optional<DeskRequest> findByTerritoryIdAndReference(UUID territoryId, String reference);

	List<DeskRequest> findByTerritoryIdAndPersonIdOrderByCreatedAtDesc(UUID territoryId, UUID personId);

	List<DeskRequest> findByPersonId(UUID personId);

	long countByTerritoryIdAndStatusIn(UUID territoryId, Collection<DeskStatus> statuses);

	long countByTerritoryIdAndStatusInAndDueDateBefore(UUID territoryId, Collection<DeskStatus> statuses,
			LocalDate day);

	@Query("select r from DeskRequest r where r.createdAt < ?1 and (r.contactName is not null"
			+ " or r.contactPhone is not null or r.contactEmail is not null or r.contactMessage is not null)")
	List<DeskRequest> withContactCreatedBefore(Instant before);

	@Query("select distinct r.assigneeId from DeskRequest r where r.territoryId = ?1 and r.assigneeId is not null")
	List<UUID> assignees(UUID territoryId);

	@Query("select distinct r.createdBy from DeskRequest r where r.territoryId = ?1 and r.createdBy is not null")
	List<UUID> creators(UUID territoryId);

}
