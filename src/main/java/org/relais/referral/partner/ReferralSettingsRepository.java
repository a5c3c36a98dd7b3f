package org.relais.referral.partner;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralSettingsRepository extends JpaRepository<ReferralSettings, UUID> {

	/** The territory's settings, or the defaults (not saved). */
	default ReferralSettings of(UUID territoryId) {
		return findById(territoryId).orElseGet(() -> new ReferralSettings(territoryId));
	}

}
