package org.relais.devices.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingRuleRepository extends JpaRepository<RoutingRule, UUID> {

	List<RoutingRule> findByTerritoryId(UUID territoryId);

	Optional<RoutingRule> findByTerritoryIdAndOrganisationId(UUID territoryId, UUID organisationId);

}
