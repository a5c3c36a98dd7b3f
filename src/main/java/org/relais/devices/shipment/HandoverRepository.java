package org.relais.devices.shipment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverRepository extends JpaRepository<Handover, UUID> {

	Optional<Handover> findByOrderId(UUID orderId);

	List<Handover> findByOrderIdIn(Collection<UUID> orderIds);

}
