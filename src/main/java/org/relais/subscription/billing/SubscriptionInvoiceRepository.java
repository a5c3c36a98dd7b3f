package org.relais.subscription.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionInvoiceRepository extends JpaRepository<SubscriptionInvoice, UUID> {

	Optional<SubscriptionInvoice> findByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<SubscriptionInvoice> findBySubscriptionId(UUID subscriptionId);

	List<SubscriptionInvoice> findByTerritoryIdOrderByIssuedOnDescNumberDesc(UUID territoryId);

	long countByNumberStartingWith(String prefix);

}
