package org.relais.mutualaid.meeting;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: reminds the coordinators of territories whose volunteer meeting is due ({@link Meetings#remindDue}). */
@Component
class MeetingReminders {

	private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

	private final Meetings meetings;

	private final Clock clock;

	MeetingReminders(Meetings meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	@Scheduled(cron = "${relais.mutualaid.meeting-reminder-cron:0 10 7 * * *}", zone = "${relais.time-zone:Europe/Paris}")
	void daily() {
		int sent = meetings.remindDue(clock.instant());
		if (sent > 0) {
			log.info("Meeting reminders: {} territories reminded that a volunteer meeting is due", sent);
		}
	}

}
