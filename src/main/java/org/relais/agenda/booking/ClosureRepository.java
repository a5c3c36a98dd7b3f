package org.relais.agenda.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureRepository extends JpaRepository<Closure, UUID> {

	List<Closure> findByScheduleIdOrderByClosedOn(UUID scheduleId);

	boolean existsByScheduleIdAndClosedOn(UUID scheduleId, LocalDate closedOn);

}
