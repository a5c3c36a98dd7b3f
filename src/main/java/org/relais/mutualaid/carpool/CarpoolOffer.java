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
 * A volunteer driver's seats to an event: from a commune's centre, at a departure time, with the detour they accept.
 * {@code seatsTaken} counts the confirmed seats; it never passes {@code seats} (the confirmation locks the row).
 */
@Entity
@Table(name = "ma_carpool_offer")
public class CarpoolOffer {

	public static final int MIN_SEATS = 1;

	public static final int MAX_SEATS = 8;

	public static final int MAX_DETOUR_PERCENT = 100;

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(name = "volunteer_id", nullable = false)
	private UUID volunteerId;

	@Column(name = "commune_code", nullable = false, length = 32)
	private String communeCode;

	@Column(name = "departure_at", nullable = false)
	private Instant departureAt;

	@Column(nullable = false)
	private int seats;

	@Column(name = "seats_taken", nullable = false)
	private int seatsTaken;

	@Column(name = "detour_percent", nullable = false)
	private int detourPercent;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CarpoolOfferStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected CarpoolOffer() {
	}

	CarpoolOffer(UUID territoryId, UUID eventId, UUID volunteerId, String communeCode, Instant departureAt, int seats,
			int detourPercent, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.eventId = eventId;
		this.volunteerId = volunteerId;
		this.communeCode = communeCode;
		this.departureAt = departureAt;
		this.seats = seats;
		this.detourPercent = detourPercent;
		this.status = CarpoolOfferStatus.OPEN;
		this.createdAt = now;
	}

	/** @throws MutualAidException (field {@code offer}) when the offer is cancelled or has no seat left */
	void take() {
		if (status != CarpoolOfferStatus.OPEN) {
			throw new MutualAidException("offer", "mutualaid.carpool.error.offerClosed");
		}
		if (seatsTaken >= seats) {
			throw new MutualAidException("offer", "mutualaid.carpool.error.full", seats);
		}
		seatsTaken++;
	}

	void release() {
		if (seatsTaken > 0) {
			seatsTaken--;
		}
	}

	void cancel() {
		this.status = CarpoolOfferStatus.CANCELLED;
		this.seatsTaken = 0;
	}

	public int seatsLeft() {
		return status == CarpoolOfferStatus.OPEN ? Math.max(0, seats - seatsTaken) : 0;
	}

	public boolean isOpen() {
		return status == CarpoolOfferStatus.OPEN;
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

	public UUID getVolunteerId() {
		return volunteerId;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public Instant getDepartureAt() {
		return departureAt;
	}

	public int getSeats() {
		return seats;
	}

	public int getSeatsTaken() {
		return seatsTaken;
	}

	public int getDetourPercent() {
		return detourPercent;
	}

	public CarpoolOfferStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
