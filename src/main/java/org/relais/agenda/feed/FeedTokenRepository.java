package org.relais.agenda.feed;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedTokenRepository extends JpaRepository<FeedToken, UUID> {

	Optional<FeedToken> findByTokenHash(String tokenHash);

	List<FeedToken> findByUserIdAndTerritoryIdAndRevokedAtIsNull(UUID userId, UUID territoryId);

}
