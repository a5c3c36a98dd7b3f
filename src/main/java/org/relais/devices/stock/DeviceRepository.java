package org.relais.devices.stock;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DeviceRepository extends JpaRepository<Device, UUID> {

	Optional<Device> findByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<Device> findByAssetTag(String assetTag);

	boolean existsBySerialNumberIgnoreCase(String serialNumber);

	/** The device, its row locked until the end of the transaction (allocation). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Device d where d.id = ?1 and d.territoryId = ?2")
	Optional<Device> lockByIdAndTerritoryId(UUID id, UUID territoryId);

	/** Devices of a kind in a state, first received first (FIFO allocation). */
	List<Device> findByTerritoryIdAndStateAndDeviceTypeOrderByReceivedOnAscCreatedAtAsc(UUID territoryId,
			DeviceState state, DeviceType type);

	List<Device> findByTerritoryIdAndStateInOrderByReceivedOnDesc(UUID territoryId, Collection<DeviceState> states);

	List<Device> findByOrderId(UUID orderId);

	List<Device> findByDonationId(UUID donationId);

	List<Device> findByTerritoryId(UUID territoryId);

	long countByTerritoryId(UUID territoryId);

}
