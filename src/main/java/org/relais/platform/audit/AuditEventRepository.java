package org.relais.platform.audit;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, UUID> {

	Page<AuditEvent> findByTerritoryIdOrderByOccurredAtDesc(UUID territoryId, Pageable pageable);

	Page<AuditEvent> findByTerritoryIdIsNullOrderByOccurredAtDesc(Pageable pageable);

}
