package org.relais.agenda.booking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleRepository extends JpaRepository<Schedule, UUID> {

	Optional<Schedule> findByIdAndTerritoryId(UUID id, UUID territoryId);

	List<Schedule> findByTerritoryIdOrderByTitle(UUID territoryId);

	List<Schedule> findByTerritoryIdAndPublicBookingTrueAndActiveTrueOrderByTitle(UUID territoryId);

	List<Schedule> findByTerritoryIdAndTitle(UUID territoryId, String title);

}
