package org.relais.mutualaid.meeting;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingAttendanceRepository extends JpaRepository<MeetingAttendance, UUID> {

	List<MeetingAttendance> findByMeetingId(UUID meetingId);

}
