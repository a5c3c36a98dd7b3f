package org.relais.mutualaid.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VolunteerMeetingRepository extends JpaRepository<VolunteerMeeting, UUID> {

	Optional<VolunteerMeeting> findByIdAndTerritoryId(UUID id, UUID territoryId);

	List<VolunteerMeeting> findByTerritoryIdOrderByStartsAtDesc(UUID territoryId);

}
