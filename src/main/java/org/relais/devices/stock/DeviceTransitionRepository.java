package org.relais.devices.stock;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceTransitionRepository extends JpaRepository<DeviceTransition, UUID> {

	List<DeviceTransition> findByDeviceIdOrderByAt(UUID deviceId);

}
