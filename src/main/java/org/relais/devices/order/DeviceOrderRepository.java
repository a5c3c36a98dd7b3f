package org.relais.devices.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceOrderRepository extends JpaRepository<DeviceOrder, UUID> {

	Optional<DeviceOrder> findByIdAndTerritoryId(UUID id, UUID territoryId);

	List<DeviceOrder> findByRequestId(UUID requestId);

	/** Orders in a status, oldest first (first-in-first-out allocation). */
	List<DeviceOrder> findByTerritoryIdAndStatusOrderByOrderedAt(UUID territoryId, DeviceOrder.Status status);

	List<DeviceOrder> findByBatchId(UUID batchId);

	List<DeviceOrder> findByPartnerOrganisationIdInAndStatusIn(Collection<UUID> organisationIds,
			Collection<DeviceOrder.Status> statuses);

}
