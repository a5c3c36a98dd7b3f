package org.relais.agenda.booking;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentTransitionRepository extends JpaRepository<AppointmentTransition, UUID> {

	List<AppointmentTransition> findByAppointmentIdOrderByAt(UUID appointmentId);

}
