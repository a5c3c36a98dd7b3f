package org.relais.devices.request;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceRequestStepRepository extends JpaRepository<DeviceRequestStep, UUID> {

	List<DeviceRequestStep> findByRequestIdOrderByAt(UUID requestId);

	List<DeviceRequestStep> findByRequestIdInOrderByAt(Collection<UUID> requestIds);

}
