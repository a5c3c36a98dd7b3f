package org.relais.agenda.booking;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A date on which a schedule offers no slot (a holiday, a training day). */
@Entity
@Table(name = "agd_booking_closure")
class Closure {

	@Id
	private UUID id;

	@Column(name = "schedule_id", nullable = false)
	private UUID scheduleId;

	@Column(name = "closed_on", nullable = false)
	private LocalDate closedOn;

	protected Closure() {
	}

	Closure(UUID scheduleId, LocalDate closedOn) {
		this.id = UUID.randomUUID();
		this.scheduleId = scheduleId;
		this.closedOn = closedOn;
	}

	UUID getId() {
		return id;
	}

	UUID getScheduleId() {
		return scheduleId;
	}

	LocalDate getClosedOn() {
		return closedOn;
	}

}
