package org.relais.referral.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PathwayNoteRepository extends JpaRepository<PathwayNote, UUID> {

	List<PathwayNote> findByTerritoryIdAndBeneficiaryIdOrderByCreatedAtDesc(UUID territoryId, UUID beneficiaryId);

	@Modifying
	@Query("delete from PathwayNote n where n.beneficiaryId = ?1")
	int deleteByBeneficiaryId(UUID beneficiaryId);

}
