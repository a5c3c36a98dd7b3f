package org.relais.mutualaid.carpool;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.mutualaid.MutualAidException;

/**
 * A participant's request for a seat to an event, from a commune: a user of the territory for themself
 * ({@code userId}), or a person without internet asked for by the desk ({@code personId}, a person of the people
 * module). Confirmed: {@code offerId} is the driver's offer it rides in.
 */
@Entity
@Table(name = "ma_carpool_seat")
public class CarpoolSeat {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(name = "user_id")
	private UUID userId;

	@Column(name = "person_id")
	private UUID personId;

	@Column(name = "commune_code", nullable = false, length = 32)
	private String communeCode;

	@Column(name = "offer_id")
	private UUID offerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CarpoolSeatStatus status;

	@Column(name = "requested_by")
	private UUID requestedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Version
	private long version;

	protected CarpoolSeat() {
	}

	CarpoolSeat(UUID territoryId, UUID eventId, UUID userId, UUID personId, String communeCode, UUID requestedBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.eventId = eventId;
		this.userId = userId;
		this.personId = personId;
		this.communeCode = communeCode;
		this.requestedBy = requestedBy;
		this.status = CarpoolSeatStatus.REQUESTED;
		this.createdAt = now;
	}

	/** @throws MutualAidException (field {@code seat}) when the request is no longer waiting */
	void confirm(UUID offerId, Instant now) {
		if (status != CarpoolSeatStatus.REQUESTED) {
			throw new MutualAidException("seat", "mutualaid.carpool.error.seatNotWaiting");
		}
		this.offerId = offerId;
		this.status = CarpoolSeatStatus.CONFIRMED;
		this.confirmedAt = now;
	}

	/** The driver cancelled the offer: the request waits again. */
	void backToWaiting() {
		this.offerId = null;
		this.status = CarpoolSeatStatus.REQUESTED;
		this.confirmedAt = null;
	}

	void cancel() {
		this.status = CarpoolSeatStatus.CANCELLED;
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

	public UUID getUserId() {
		return userId;
	}

	public UUID getPersonId() {
		return personId;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public UUID getOfferId() {
		return offerId;
	}

	public CarpoolSeatStatus getStatus() {
		return status;
	}

	public UUID getRequestedBy() {
		return requestedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getConfirmedAt() {
		return confirmedAt;
	}

}
