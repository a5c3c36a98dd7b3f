package org.relais.platform.audit;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalDataAccessRepository extends JpaRepository<PersonalDataAccess, UUID> {

	Page<PersonalDataAccess> findByTerritoryIdOrderByOccurredAtDesc(UUID territoryId, Pageable pageable);

	long countBySubjectTypeAndSubjectId(String subjectType, UUID subjectId);

}
