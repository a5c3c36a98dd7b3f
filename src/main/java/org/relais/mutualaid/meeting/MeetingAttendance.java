package org.relais.mutualaid.meeting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether a volunteer, or an association, was at a meeting: one row each, changed when recorded again. */
@Entity
@Table(name = "ma_meeting_attendance")
public class MeetingAttendance {

	@Id
	private UUID id;

	@Column(name = "meeting_id", nullable = false)
	private UUID meetingId;

	@Column(name = "volunteer_id")
	private UUID volunteerId;

	@Column(name = "organisation_id")
	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Presence presence;

	@Column(name = "recorded_by")
	private UUID recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected MeetingAttendance() {
	}

	MeetingAttendance(UUID meetingId, UUID volunteerId, UUID organisationId) {
		this.id = UUID.randomUUID();
		this.meetingId = meetingId;
		this.volunteerId = volunteerId;
		this.organisationId = organisationId;
	}

	void record(Presence presence, UUID by, Instant now) {
		this.presence = presence;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	public UUID getMeetingId() {
		return meetingId;
	}

	public UUID getVolunteerId() {
		return volunteerId;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public Presence getPresence() {
		return presence;
	}

}
