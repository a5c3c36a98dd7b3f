package org.relais.mutualaid.volunteer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A period a volunteer is away (holidays…), both dates included: no request is offered then. */
@Entity
@Table(name = "ma_volunteer_absence")
public class VolunteerAbsence {

	@Id
	private UUID id;

	@Column(name = "volunteer_id", nullable = false)
	private UUID volunteerId;

	@Column(name = "from_date", nullable = false)
	private LocalDate fromDate;

	@Column(name = "until_date", nullable = false)
	private LocalDate untilDate;

	protected VolunteerAbsence() {
	}

	public VolunteerAbsence(UUID volunteerId, LocalDate fromDate, LocalDate untilDate) {
		this.id = UUID.randomUUID();
		this.volunteerId = volunteerId;
		this.fromDate = fromDate;
		this.untilDate = untilDate;
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(fromDate) && !day.isAfter(untilDate);
	}

	public UUID getId() {
		return id;
	}

	public UUID getVolunteerId() {
		return volunteerId;
	}

	public LocalDate getFromDate() {
		return fromDate;
	}

	public LocalDate getUntilDate() {
		return untilDate;
	}

}
