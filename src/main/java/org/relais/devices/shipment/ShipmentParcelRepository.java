package org.relais.devices.shipment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ShipmentParcelRepository extends JpaRepository<ShipmentParcel, UUID> {

	List<ShipmentParcel> findByBatchId(UUID batchId);

	List<ShipmentParcel> findByBatchIdIn(Collection<UUID> batchIds);

	List<ShipmentParcel> findByOrganisationIdInAndStatusIn(Collection<UUID> organisationIds,
			Collection<ShipmentParcel.Status> statuses);

	/** The parcel, its row locked until the end of the transaction (shipping, reception). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from ShipmentParcel p where p.id = ?1 and p.territoryId = ?2")
	Optional<ShipmentParcel> lockByIdAndTerritoryId(UUID id, UUID territoryId);

}
