package org.relais.mutualaid.meeting;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingReminderRepository extends JpaRepository<MeetingReminder, UUID> {

}
