package org.relais.mutualaid.proof;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.mutualaid.ProofStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProofDocumentRepository extends JpaRepository<ProofDocument, UUID> {

	List<ProofDocument> findByVolunteerIdOrderByUploadedAtDesc(UUID volunteerId);

	List<ProofDocument> findByVolunteerIdIn(Collection<UUID> volunteerIds);

	Optional<ProofDocument> findByIdAndTerritoryId(UUID id, UUID territoryId);

	List<ProofDocument> findByTerritoryIdAndStatusOrderByUploadedAt(UUID territoryId, ProofStatus status);

	/** Verified documents expiring between two dates (both included), for reminders and statistics. */
	List<ProofDocument> findByTerritoryIdAndStatusAndExpiresOnBetween(UUID territoryId, ProofStatus status,
			LocalDate from, LocalDate until);

	List<ProofDocument> findByStatusAndExpiresOnBetweenAndReminderSentAtIsNull(ProofStatus status, LocalDate from,
			LocalDate until);

}
