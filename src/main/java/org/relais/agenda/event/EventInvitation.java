package org.relais.agenda.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/** What an organiser invited: an organisation (its members at that time), a user or an address. */
@PersonalDataRetention("deleted with its event, which the agenda retention job deletes 12 months after its last occurrence")
@Entity
@Table(name = "agd_invitation")
public class EventInvitation {

	@Id
	private UUID id;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(name = "organisation_id")
	private UUID organisationId;

	@Column(name = "user_id")
	private UUID userId;

	@PersonalData
	@Column(length = 320)
	private String email;

	@Column(name = "invited_by")
	private UUID invitedBy;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	protected EventInvitation() {
	}

	public EventInvitation(UUID eventId, UUID organisationId, UUID userId, String email, UUID invitedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.eventId = eventId;
		this.organisationId = organisationId;
		this.userId = userId;
		this.email = email;
		this.invitedBy = invitedBy;
		this.invitedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getEventId() {
		return eventId;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public UUID getUserId() {
		return userId;
	}

	public String getEmail() {
		return email;
	}

	public Instant getInvitedAt() {
		return invitedAt;
	}

}
