package org.relais.mutualaid.action;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.mutualaid.AssignmentStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionAssignmentRepository extends JpaRepository<ActionAssignment, UUID> {

	List<ActionAssignment> findByRequestIdOrderByOfferedAt(UUID requestId);

	Optional<ActionAssignment> findByRequestIdAndVolunteerId(UUID requestId, UUID volunteerId);

	List<ActionAssignment> findByVolunteerIdOrderByOfferedAtDesc(UUID volunteerId);

	List<ActionAssignment> findByVolunteerIdInAndStatusIn(Collection<UUID> volunteerIds,
			Collection<AssignmentStatus> statuses);

	List<ActionAssignment> findByRequestIdInAndStatus(Collection<UUID> requestIds, AssignmentStatus status);

	long countByRequestIdAndStatus(UUID requestId, AssignmentStatus status);

	List<ActionAssignment> findByRequestIdAndStatus(UUID requestId, AssignmentStatus status);

	List<ActionAssignment> findByRequestIdInAndStatusIn(Collection<UUID> requestIds,
			Collection<AssignmentStatus> statuses);

	/** The request of an assignment, read without loading the assignment (the acceptance locks the request first). */
	@Query("select a.requestId from ActionAssignment a where a.id = :id")
	Optional<UUID> requestIdOf(@Param("id") UUID id);

}
