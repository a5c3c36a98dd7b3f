package org.relais.mutualaid.proof;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProofTypeRepository extends JpaRepository<ProofType, UUID> {

	List<ProofType> findByTerritoryIdOrderBySortOrderAscCodeAsc(UUID territoryId);

	Optional<ProofType> findByTerritoryIdAndCode(UUID territoryId, String code);

	boolean existsByTerritoryId(UUID territoryId);

}
