package org.relais.mutualaid.meeting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** When a territory's coordinators were last reminded that a volunteer meeting is due. */
@Entity
@Table(name = "ma_meeting_reminder")
class MeetingReminder {

	@Id
	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(name = "reminded_at", nullable = false)
	private Instant remindedAt;

	protected MeetingReminder() {
	}

	MeetingReminder(UUID territoryId, Instant remindedAt) {
		this.territoryId = territoryId;
		this.remindedAt = remindedAt;
	}

	void reminded(Instant at) {
		this.remindedAt = at;
	}

	Instant getRemindedAt() {
		return remindedAt;
	}

}
