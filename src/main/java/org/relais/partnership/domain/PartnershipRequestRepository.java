package org.relais.partnership.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.partnership.PartnershipStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRequestRepository extends JpaRepository<PartnershipRequest, UUID> {

	Optional<PartnershipRequest> findByIdAndTerritoryId(UUID id, UUID territoryId);

	List<PartnershipRequest> findByTerritoryIdOrderByUpdatedAtDesc(UUID territoryId);

	boolean existsByTerritoryIdAndOrganisationName(UUID territoryId, String organisationName);

	boolean existsByReference(String reference);

	@Query("select count(r) > 0 from PartnershipRequest r where r.contractFileId = ?1 or r.signedFileId = ?1")
	boolean holdsFile(UUID fileId);

	List<PartnershipRequest> findByStatusAndUpdatedAtBefore(PartnershipStatus status, Instant before);

	List<PartnershipRequest> findByStatusNotInAndUpdatedAtBefore(List<PartnershipStatus> statuses, Instant before);

}
