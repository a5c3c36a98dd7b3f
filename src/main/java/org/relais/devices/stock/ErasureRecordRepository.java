package org.relais.devices.stock;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ErasureRecordRepository extends JpaRepository<ErasureRecord, UUID> {

	Optional<ErasureRecord> findByDeviceId(UUID deviceId);

	List<ErasureRecord> findByDeviceIdIn(Collection<UUID> deviceIds);

}
