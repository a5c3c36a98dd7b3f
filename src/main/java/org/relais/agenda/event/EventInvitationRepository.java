package org.relais.agenda.event;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EventInvitationRepository extends JpaRepository<EventInvitation, UUID> {

	List<EventInvitation> findByEventId(UUID eventId);

}
