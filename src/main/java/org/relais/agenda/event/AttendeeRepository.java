package org.relais.agenda.event;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendeeRepository extends JpaRepository<Attendee, UUID> {

	List<Attendee> findByEventIdOrderByInvitedAtAsc(UUID eventId);

	Optional<Attendee> findByEventIdAndUserId(UUID eventId, UUID userId);

	Optional<Attendee> findByEventIdAndEmailIgnoreCase(UUID eventId, String email);

	Optional<Attendee> findByRsvpTokenHash(String hash);

	List<Attendee> findByUserId(UUID userId);

}
