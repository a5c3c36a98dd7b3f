package org.relais.mutualaid.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A volunteer meeting of a territory: its agenda event (invitations and answers live there) and its day. */
@Entity
@Table(name = "ma_meeting")
public class VolunteerMeeting {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "facilitator_note", length = 2000)
	private String facilitatorNote;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected VolunteerMeeting() {
	}

	VolunteerMeeting(UUID territoryId, UUID eventId, String title, LocalDate heldOn, Instant startsAt,
			String facilitatorNote, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.eventId = eventId;
		this.title = title;
		this.heldOn = heldOn;
		this.startsAt = startsAt;
		this.facilitatorNote = facilitatorNote;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getEventId() {
		return eventId;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public String getFacilitatorNote() {
		return facilitatorNote;
	}

}
