package org.relais.devices.shipment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentItemRepository extends JpaRepository<ShipmentItem, UUID> {

	List<ShipmentItem> findByParcelIdIn(Collection<UUID> parcelIds);

	List<ShipmentItem> findByParcelId(UUID parcelId);

	List<ShipmentItem> findByOrderId(UUID orderId);

}
