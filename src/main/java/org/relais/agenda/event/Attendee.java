package org.relais.agenda.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.agenda.AttendeeResponse;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * A person invited to an event: a user of the territory, or an address without account (then {@code email},
 * {@code displayName} and {@code language} say how to write to them). {@code waitlistedAt} is set while the person
 * said yes to a full event: they come in, in that order, when a place frees up.
 */
@PersonalDataRetention("deleted with its event, which the agenda retention job deletes 12 months after its last occurrence")
@Entity
@Table(name = "agd_attendee")
public class Attendee {

	@Id
	private UUID id;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(name = "user_id")
	private UUID userId;

	@PersonalData
	@Column(length = 320)
	private String email;

	@PersonalData
	@Column(name = "display_name", length = 200)
	private String displayName;

	@Column(length = 5)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private AttendeeResponse response;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "waitlisted_at")
	private Instant waitlistedAt;

	@Column(name = "rsvp_token_hash", length = 64)
	private String rsvpTokenHash;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "reminded_sequence")
	private Integer remindedSequence;

	@Version
	private long version;

	protected Attendee() {
	}

	private Attendee(UUID eventId, UUID userId, String email, String displayName, String language, Instant now) {
		this.id = UUID.randomUUID();
		this.eventId = eventId;
		this.userId = userId;
		this.email = email;
		this.displayName = displayName;
		this.language = language;
		this.response = AttendeeResponse.PENDING;
		this.invitedAt = now;
	}

	public static Attendee user(UUID eventId, UUID userId, Instant now) {
		return new Attendee(eventId, userId, null, null, null, now);
	}

	public static Attendee guest(UUID eventId, String email, String displayName, String language, Instant now) {
		return new Attendee(eventId, null, email, displayName, language, now);
	}

	/** Records an answer; a yes to a full event puts the person on the waiting list instead. */
	public void answer(AttendeeResponse answer, boolean full, Instant now) {
		this.response = answer;
		this.respondedAt = now;
		this.waitlistedAt = answer == AttendeeResponse.YES && full ? (waitlistedAt != null ? waitlistedAt : now) : null;
	}

	/** A place freed up: the first of the waiting list comes in. */
	public void promote() {
		this.waitlistedAt = null;
	}

	public void setRsvpTokenHash(String hash) {
		this.rsvpTokenHash = hash;
	}

	public void remindedAt(int sequence) {
		this.remindedSequence = sequence;
	}

	public boolean isGoing() {
		return response == AttendeeResponse.YES && waitlistedAt == null;
	}

	public boolean isWaitlisted() {
		return waitlistedAt != null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getEventId() {
		return eventId;
	}

	public UUID getUserId() {
		return userId;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getLanguage() {
		return language;
	}

	public AttendeeResponse getResponse() {
		return response;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}

	public Instant getWaitlistedAt() {
		return waitlistedAt;
	}

	public String getRsvpTokenHash() {
		return rsvpTokenHash;
	}

	public Instant getInvitedAt() {
		return invitedAt;
	}

	public Integer getRemindedSequence() {
		return remindedSequence;
	}

	public long getVersion() {
		return version;
	}

}
