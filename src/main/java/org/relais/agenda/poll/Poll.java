package org.relais.agenda.poll;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A find-a-slot poll of a territory: what, where, the proposed slots, who is asked. OPEN while invitees answer;
 * {@link #close} records the chosen slot and the event made of it. {@link #allAnswered} is marked once, when the
 * last invitee has answered, so that the organiser is told once.
 */
@Entity
@Table(name = "agd_poll")
class Poll {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "organiser_user_id", nullable = false)
	private UUID organiserUserId;

	@Column(name = "organiser_name", nullable = false, length = 200)
	private String organiserName;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 5000)
	private String description;

	@Column(length = 300)
	private String place;

	@Column(name = "location_id")
	private UUID locationId;

	@Column(name = "zone_id", nullable = false, length = 64)
	private String zoneId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private PollStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "all_answered_at")
	private Instant allAnsweredAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "chosen_slot_id")
	private UUID chosenSlotId;

	@Column(name = "event_id")
	private UUID eventId;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "poll_id", nullable = false)
	@OrderBy("startsAt")
	private List<PollSlot> slots = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "poll_id", nullable = false)
	private List<PollInvitee> invitees = new ArrayList<>();

	protected Poll() {
	}

	Poll(UUID territoryId, UUID organiserUserId, String organiserName, String title, String description, String place,
			UUID locationId, ZoneId zone, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.organiserUserId = organiserUserId;
		this.organiserName = organiserName;
		this.title = title;
		this.description = description;
		this.place = place;
		this.locationId = locationId;
		this.zoneId = zone.getId();
		this.status = PollStatus.OPEN;
		this.createdAt = now;
	}

	void propose(Instant startsAt, Instant endsAt) {
		slots.add(new PollSlot(startsAt, endsAt));
		slots.sort(Comparator.comparing(PollSlot::getStartsAt));
	}

	void invite(PollInvitee invitee) {
		invitees.add(invitee);
	}

	/** Marks that every invitee has answered, the first time it is so; true when this call marked it. */
	boolean allAnswered(Instant now) {
		if (allAnsweredAt != null || invitees.isEmpty() || !invitees.stream().allMatch(PollInvitee::answered)) {
			return false;
		}
		allAnsweredAt = now;
		return true;
	}

	/** Closes the open poll on one of its slots, turned into {@code eventId}. */
	void close(UUID slotId, UUID event, Instant now) {
		if (status != PollStatus.OPEN || slot(slotId).isEmpty()) {
			throw new IllegalStateException("poll " + id + " cannot be closed on slot " + slotId);
		}
		status = PollStatus.CLOSED;
		chosenSlotId = slotId;
		eventId = event;
		closedAt = now;
	}

	Optional<PollSlot> slot(UUID slotId) {
		return slots.stream().filter(s -> s.getId().equals(slotId)).findFirst();
	}

	boolean isOpen() {
		return status == PollStatus.OPEN;
	}

	/** Whether the user organises this poll or is invited to it. */
	boolean concerns(UUID userId) {
		return organiserUserId.equals(userId) || invitee(userId).isPresent();
	}

	Optional<PollInvitee> invitee(UUID userId) {
		return invitees.stream().filter(i -> userId.equals(i.getUserId())).findFirst();
	}

	ZoneId zone() {
		return ZoneId.of(zoneId);
	}

	UUID getId() {
		return id;
	}

	UUID getTerritoryId() {
		return territoryId;
	}

	UUID getOrganiserUserId() {
		return organiserUserId;
	}

	String getOrganiserName() {
		return organiserName;
	}

	String getTitle() {
		return title;
	}

	String getDescription() {
		return description;
	}

	String getPlace() {
		return place;
	}

	UUID getLocationId() {
		return locationId;
	}

	PollStatus getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getAllAnsweredAt() {
		return allAnsweredAt;
	}

	Instant getClosedAt() {
		return closedAt;
	}

	UUID getChosenSlotId() {
		return chosenSlotId;
	}

	UUID getEventId() {
		return eventId;
	}

	List<PollSlot> getSlots() {
		return slots;
	}

	List<PollInvitee> getInvitees() {
		return invitees;
	}

}
