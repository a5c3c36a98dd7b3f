package org.relais.agenda.poll;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A proposed slot: start and end instants, shown in the poll's time zone. */
@Entity
@Table(name = "agd_poll_slot")
class PollSlot {

	@Id
	private UUID id;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	protected PollSlot() {
	}

	PollSlot(Instant startsAt, Instant endsAt) {
		this.id = UUID.randomUUID();
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	UUID getId() {
		return id;
	}

	Instant getStartsAt() {
		return startsAt;
	}

	Instant getEndsAt() {
		return endsAt;
	}

}
