package org.relais.agenda.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

	Optional<Appointment> findByIdAndTerritoryId(UUID id, UUID territoryId);

	Optional<Appointment> findByCancelToken(String cancelToken);

	boolean existsByReference(String reference);

	boolean existsByActiveKey(String activeKey);

	@Query("select a.slotStart from Appointment a where a.scheduleId = ?1 and a.status = ?2 and a.slotStart >= ?3")
	List<Instant> bookedStarts(UUID scheduleId, AppointmentStatus status, Instant from);

	List<Appointment> findByOrganisationIdOrderBySlotStart(UUID organisationId);

	List<Appointment> findByTerritoryIdAndBeneficiaryIdOrderBySlotStart(UUID territoryId, UUID beneficiaryId);

	List<Appointment> findByBeneficiaryId(UUID beneficiaryId);

	@Query("select a from Appointment a where a.status = ?1 and a.reminderSentAt is null and a.slotStart > ?2"
			+ " and a.slotStart <= ?3")
	List<Appointment> dueForReminder(AppointmentStatus status, Instant after, Instant until);

	@Query("select a from Appointment a where a.slotEnd < ?1 and (a.contactName is not null"
			+ " or a.contactPhone is not null or a.contactEmail is not null)")
	List<Appointment> withContactBefore(Instant before);

	long countByOrganisationIdAndStatus(UUID organisationId, AppointmentStatus status);

	List<Appointment> findByScheduleIdIn(Collection<UUID> scheduleIds);

}
