package org.relais.referral.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.referral.ReferralStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, UUID> {

	Optional<Referral> findByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<Referral> findByTerritoryIdAndIdempotencyKey(UUID territoryId, String idempotencyKey);

	List<Referral> findByTerritoryIdAndBeneficiaryIdOrderBySentAtDesc(UUID territoryId, UUID beneficiaryId);

	List<Referral> findByBeneficiaryId(UUID beneficiaryId);

	List<Referral> findByStatusAndSentAtBefore(ReferralStatus status, Instant before);

	List<Referral> findByOrganisationIdInOrderBySentAtDesc(Collection<UUID> organisationIds);

}
