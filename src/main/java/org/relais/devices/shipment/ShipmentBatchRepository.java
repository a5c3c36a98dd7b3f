package org.relais.devices.shipment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ShipmentBatchRepository extends JpaRepository<ShipmentBatch, UUID> {

	Optional<ShipmentBatch> findByIdAndTerritoryId(UUID id, UUID territoryId);

	/** The batch, its row locked until the end of the transaction (changes to its orders and parcels). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from ShipmentBatch b where b.id = ?1 and b.territoryId = ?2")
	Optional<ShipmentBatch> lockByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<ShipmentBatch> findByActiveKey(String activeKey);

	List<ShipmentBatch> findByTerritoryIdOrderByCutoffDateDescCreatedAtDesc(UUID territoryId);

}
