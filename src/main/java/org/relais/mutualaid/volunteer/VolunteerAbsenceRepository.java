package org.relais.mutualaid.volunteer;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VolunteerAbsenceRepository extends JpaRepository<VolunteerAbsence, UUID> {

	List<VolunteerAbsence> findByVolunteerIdOrderByFromDate(UUID volunteerId);

	List<VolunteerAbsence> findByVolunteerIdIn(Collection<UUID> volunteerIds);

}
