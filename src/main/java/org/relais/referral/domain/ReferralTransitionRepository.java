package org.relais.referral.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralTransitionRepository extends JpaRepository<ReferralTransition, UUID> {

	List<ReferralTransition> findByReferralIdOrderByAtAscIdAsc(UUID referralId);

	List<ReferralTransition> findByReferralIdIn(Collection<UUID> referralIds);

}
