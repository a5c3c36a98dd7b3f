package org.relais.directory.freshness;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FreshnessLinkRepository extends JpaRepository<FreshnessLink, UUID> {

	@Modifying
	@Query("delete from FreshnessLink l where l.expiresAt < :before")
	int deleteExpiredBefore(Instant before);

	/** Marks the link used unless it already is; 1 when this call used it. */
	@Modifying
	@Query("update FreshnessLink l set l.usedAt = :now where l.id = :id and l.usedAt is null")
	int use(UUID id, Instant now);

}
