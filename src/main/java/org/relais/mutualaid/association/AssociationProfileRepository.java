package org.relais.mutualaid.association;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssociationProfileRepository extends JpaRepository<AssociationProfile, UUID> {

	List<AssociationProfile> findByTerritoryIdAndActiveTrue(UUID territoryId);

	Optional<AssociationProfile> findByOrganisationIdAndTerritoryId(UUID organisationId, UUID territoryId);

}
