package org.relais.devices.request;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.relais.devices.DeviceRequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DeviceRequestRepository extends JpaRepository<DeviceRequest, UUID> {

	Optional<DeviceRequest> findByIdAndTerritoryId(UUID id, UUID territoryId);

	/** The request, its row locked until the end of the transaction (concurrent decisions). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from DeviceRequest r where r.id = ?1 and r.territoryId = ?2")
	Optional<DeviceRequest> lockByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<DeviceRequest> findByDeskRequestId(UUID deskRequestId);

	List<DeviceRequest> findByTerritoryIdAndPersonIdOrderByCreatedAtDesc(UUID territoryId, UUID personId);

	List<DeviceRequest> findByPersonId(UUID personId);

	List<DeviceRequest> findByTerritoryIdAndStatusInOrderByCreatedAt(UUID territoryId,
			Collection<DeviceRequestStatus> statuses);

	List<DeviceRequest> findByPartnerOrganisationIdInAndStatusInOrderByCreatedAt(Collection<UUID> organisationIds,
			Collection<DeviceRequestStatus> statuses);

	long countByPartnerOrganisationIdAndStatusIn(UUID organisationId, Collection<DeviceRequestStatus> statuses);

	List<DeviceRequest> findByTerritoryId(UUID territoryId);

}
