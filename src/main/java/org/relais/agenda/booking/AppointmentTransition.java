package org.relais.agenda.booking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an appointment's history: from which state to which, when, by whom (null: the inhabitant). */
@Entity
@Table(name = "agd_appointment_transition")
class AppointmentTransition {

	@Id
	private UUID id;

	@Column(name = "appointment_id", nullable = false)
	private UUID appointmentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20)
	private AppointmentStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20)
	private AppointmentStatus toStatus;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "by_user")
	private UUID byUser;

	protected AppointmentTransition() {
	}

	AppointmentTransition(UUID appointmentId, AppointmentStatus from, AppointmentStatus to, Instant at, UUID byUser) {
		this.id = UUID.randomUUID();
		this.appointmentId = appointmentId;
		this.fromStatus = from;
		this.toStatus = to;
		this.at = at;
		this.byUser = byUser;
	}

	AppointmentStatus getFromStatus() {
		return fromStatus;
	}

	AppointmentStatus getToStatus() {
		return toStatus;
	}

	Instant getAt() {
		return at;
	}

	UUID getByUser() {
		return byUser;
	}

}
