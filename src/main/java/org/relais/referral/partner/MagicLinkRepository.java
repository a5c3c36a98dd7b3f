package org.relais.referral.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MagicLinkRepository extends JpaRepository<MagicLink, UUID> {

	List<MagicLink> findByReferralIdAndRevokedAtIsNull(UUID referralId);

	long countByReferralIdAndCreatedAtAfter(UUID referralId, Instant after);

}
