package org.relais.partnership.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractTemplateRepository extends JpaRepository<ContractTemplate, UUID> {

	Optional<ContractTemplate> findFirstByTerritoryIdAndLanguageOrderByVersionDesc(UUID territoryId, String language);

}
