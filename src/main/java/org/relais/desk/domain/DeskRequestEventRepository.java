package org.relais.desk.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeskRequestEventRepository extends JpaRepository<DeskRequestEvent, UUID> {

	List<DeskRequestEvent> findByRequestIdOrderByAtAsc(UUID requestId);

	List<DeskRequestEvent> findByRequestIdIn(Collection<UUID> requestIds);

	void deleteByRequestId(UUID requestId);

}
