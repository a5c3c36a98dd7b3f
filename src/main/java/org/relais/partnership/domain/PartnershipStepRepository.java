package org.relais.partnership.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipStepRepository extends JpaRepository<PartnershipStep, UUID> {

	List<PartnershipStep> findByRequestIdOrderByAtAsc(UUID requestId);

}
