package org.relais.mutualaid.volunteer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.mutualaid.VolunteerStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VolunteerRepository extends JpaRepository<Volunteer, UUID> {

	Optional<Volunteer> findByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<Volunteer> findByTerritoryIdAndUserId(UUID territoryId, UUID userId);

	Optional<Volunteer> findByTerritoryIdAndEmailIgnoreCase(UUID territoryId, String email);

	List<Volunteer> findByUserId(UUID userId);

	List<Volunteer> findByTerritoryIdOrderByLastNameAscFirstNameAsc(UUID territoryId);

	List<Volunteer> findByTerritoryIdAndStatusIn(UUID territoryId, Collection<VolunteerStatus> statuses);

	List<Volunteer> findByVouchingOrganisationId(UUID organisationId);

	long countByTerritoryIdAndStatus(UUID territoryId, VolunteerStatus status);

}
