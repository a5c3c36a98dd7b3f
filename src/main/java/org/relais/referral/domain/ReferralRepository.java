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

	/** Referrals still in a state and sent before an instant (for the expiry job). */
	List<Referral> findByStatusAndSentAtBefore(ReferralStatus status, Instant before);

	/** Referrals still in a state whose next reminder is due (for the reminder job). */
	List<Referral> findByStatusAndNextReminderAtLessThanEqual(ReferralStatus status, Instant now);

	List<Referral> findByOrganisationIdInOrderBySentAtDesc(Collection<UUID> organisationIds);

}
