package org.relais.agenda.event;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventAttachmentRepository extends JpaRepository<EventAttachment, UUID> {

	List<EventAttachment> findByEventIdOrderByAddedAtAsc(UUID eventId);

	Optional<EventAttachment> findByIdAndEventId(UUID id, UUID eventId);

	long countByEventId(UUID eventId);

	boolean existsByFileId(UUID fileId);

}
