package org.relais.directory.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerificationCampaignRepository extends JpaRepository<VerificationCampaign, UUID> {

	List<VerificationCampaign> findByTerritoryIdOrderByStartedAtDesc(UUID territoryId);

}
