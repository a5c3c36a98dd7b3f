package org.relais.mutualaid.action;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcernRepository extends JpaRepository<Concern, UUID> {

	List<Concern> findByRequestIdOrderByCreatedAtDesc(UUID requestId);

}
