package org.relais.territory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByTerritoryIdAndAcceptedAtIsNullOrderByCreatedAtDesc(UUID territoryId);

	List<Invitation> findByTerritoryIdAndEmailAndAcceptedAtIsNull(UUID territoryId, String email);

}
