package org.relais.territory.domain;

import java.util.List;
import java.util.UUID;

import org.relais.platform.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

	List<Membership> findByUserId(UUID userId);

	List<Membership> findByTerritoryId(UUID territoryId);

	List<Membership> findByUserIdAndTerritoryId(UUID userId, UUID territoryId);

	boolean existsByUserIdAndTerritoryId(UUID userId, UUID territoryId);

	long countByTerritoryIdAndRole(UUID territoryId, Role role);

	void deleteByUserIdAndTerritoryId(UUID userId, UUID territoryId);

}
