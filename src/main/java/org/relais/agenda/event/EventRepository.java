package org.relais.agenda.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<CalendarEvent, UUID> {

	Optional<CalendarEvent> findByIdAndTerritoryId(UUID id, UUID territoryId);

	/** The events of a territory with an occurrence that may touch the period from {@code from} until {@code to}. */
	@Query("select e from CalendarEvent e where e.territoryId = :territory and e.lastEnd > :from and e.firstStart < :to")
	List<CalendarEvent> touching(UUID territory, Instant from, Instant to);

	@Query("select e from CalendarEvent e where e.organiserOrganisationId = :organisation and e.lastEnd > :from"
			+ " and e.firstStart < :to")
	List<CalendarEvent> ofOrganiser(UUID organisation, Instant from, Instant to);

}
