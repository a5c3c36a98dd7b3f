package org.relais.mutualaid.action;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionLogRepository extends JpaRepository<ActionLogLine, UUID> {

	List<ActionLogLine> findByRequestIdOrderByAtAscIdAsc(UUID requestId);

}
