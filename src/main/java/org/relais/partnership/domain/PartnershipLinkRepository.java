package org.relais.partnership.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipLinkRepository extends JpaRepository<PartnershipLink, UUID> {

	Optional<PartnershipLink> findByTokenHash(String tokenHash);

}
