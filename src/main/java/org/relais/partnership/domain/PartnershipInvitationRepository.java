package org.relais.partnership.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipInvitationRepository extends JpaRepository<PartnershipInvitation, UUID> {

	Optional<PartnershipInvitation> findByInvitationId(UUID invitationId);

	List<PartnershipInvitation> findByEmailAndAcceptedAtIsNull(String email);

	List<PartnershipInvitation> findByRequestId(UUID requestId);

}
