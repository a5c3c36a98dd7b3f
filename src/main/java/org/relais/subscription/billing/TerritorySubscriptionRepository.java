package org.relais.subscription.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TerritorySubscriptionRepository extends JpaRepository<TerritorySubscription, UUID> {

	Optional<TerritorySubscription> findByTerritoryIdAndPeriodStart(UUID territoryId, LocalDate periodStart);

	List<TerritorySubscription> findByPeriodStart(LocalDate periodStart);

}
