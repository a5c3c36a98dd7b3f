package org.relais.directory.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldChangeRepository extends JpaRepository<FieldChange, UUID> {

	List<FieldChange> findByResourceIdOrderByChangedAtDesc(UUID resourceId);

	List<FieldChange> findByResourceIdInOrderByChangedAtDesc(List<UUID> resourceIds);

}
