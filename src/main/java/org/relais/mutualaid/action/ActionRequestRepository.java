package org.relais.mutualaid.action;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.relais.mutualaid.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionRequestRepository extends JpaRepository<ActionRequest, UUID> {

	Optional<ActionRequest> findByIdAndTerritoryId(UUID id, UUID territoryId);

	/** The request's row locked for the acceptance (two volunteers accepting at the same instant wait in line). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ActionRequest r where r.id = :id")
	Optional<ActionRequest> lockById(@Param("id") UUID id);

	List<ActionRequest> findByTerritoryIdAndStatusInOrderByCreatedAtDesc(UUID territoryId,
			Collection<ActionStatus> statuses);

	List<ActionRequest> findByTerritoryIdOrderByCreatedAtDesc(UUID territoryId);

	List<ActionRequest> findByPersonIdOrderByCreatedAtDesc(UUID personId);

	List<ActionRequest> findByStatus(ActionStatus status);

	Optional<ActionRequest> findByDeskRequestId(UUID deskRequestId);

	boolean existsByTerritoryIdAndReference(UUID territoryId, String reference);

	List<ActionRequest> findByTerritoryIdAndSignalledByOrganisationIdInOrderByCreatedAtDesc(UUID territoryId,
			Collection<UUID> organisationIds);

}
