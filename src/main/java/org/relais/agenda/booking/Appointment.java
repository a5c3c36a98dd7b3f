package org.relais.agenda.booking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * A slot of a schedule booked for a person: a known person of the people module (by id) or an inhabitant known only
 * by the name and the phone or email they typed. While booked, {@code activeKey} (schedule and slot start) is set and
 * unique in the database, so that a slot cannot be held twice; leaving the booked state clears it.
 */
@PersonalDataRetention("contact name, phone and email cleared relais.agenda.booking.contact-retention-days (90) after"
		+ " the slot by BookingJobs; the person link cleared when the person is anonymised or erased")
@Entity
@Table(name = "agd_appointment")
class Appointment {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "schedule_id", nullable = false)
	private UUID scheduleId;

	@Column(name = "slot_start", nullable = false)
	private Instant slotStart;

	@Column(name = "slot_end", nullable = false)
	private Instant slotEnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AppointmentStatus status;

	@Column(name = "active_key", length = 80)
	private String activeKey;

	@Column(nullable = false, length = 20)
	private String reference;

	@Column(name = "cancel_token", nullable = false, length = 64)
	private String cancelToken;

	@Column(name = "beneficiary_id")
	private UUID beneficiaryId;

	@PersonalData
	@Column(name = "contact_name", length = 200)
	private String contactName;

	@PersonalData
	@Column(name = "contact_phone", length = 40)
	private String contactPhone;

	@PersonalData
	@Column(name = "contact_email", length = 254)
	private String contactEmail;

	@Column(nullable = false, length = 5)
	private String language;

	@Column(name = "booked_by")
	private UUID bookedBy;

	@Column(name = "booked_at", nullable = false)
	private Instant bookedAt;

	@Column(name = "reminder_sent_at")
	private Instant reminderSentAt;

	@Version
	private long version;

	protected Appointment() {
	}

	Appointment(Schedule schedule, Instant slotStart, Instant slotEnd, String reference, String cancelToken,
			UUID beneficiaryId, String contactName, String contactPhone, String contactEmail, String language,
			UUID bookedBy, Instant bookedAt) {
		this.id = UUID.randomUUID();
		this.territoryId = schedule.getTerritoryId();
		this.organisationId = schedule.getOrganisationId();
		this.scheduleId = schedule.getId();
		this.slotStart = slotStart;
		this.slotEnd = slotEnd;
		this.status = AppointmentStatus.BOOKED;
		this.activeKey = key(scheduleId, slotStart);
		this.reference = reference;
		this.cancelToken = cancelToken;
		this.beneficiaryId = beneficiaryId;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.contactEmail = contactEmail;
		this.language = language;
		this.bookedBy = bookedBy;
		this.bookedAt = bookedAt;
	}

	/** The key that holds a slot while it is booked. */
	static String key(UUID scheduleId, Instant slotStart) {
		return scheduleId + "@" + slotStart.getEpochSecond();
	}

	/** Moves to another state; the caller has checked that the move is allowed. */
	void moveTo(AppointmentStatus to) {
		this.status = to;
		if (to != AppointmentStatus.BOOKED) {
			this.activeKey = null;
		}
	}

	void remindedAt(Instant at) {
		this.reminderSentAt = at;
	}

	void detachPerson() {
		this.beneficiaryId = null;
		clearContact();
	}

	void clearContact() {
		this.contactName = null;
		this.contactPhone = null;
		this.contactEmail = null;
	}

	UUID getId() {
		return id;
	}

	UUID getTerritoryId() {
		return territoryId;
	}

	UUID getOrganisationId() {
		return organisationId;
	}

	UUID getScheduleId() {
		return scheduleId;
	}

	Instant getSlotStart() {
		return slotStart;
	}

	Instant getSlotEnd() {
		return slotEnd;
	}

	AppointmentStatus getStatus() {
		return status;
	}

	String getReference() {
		return reference;
	}

	String getCancelToken() {
		return cancelToken;
	}

	UUID getBeneficiaryId() {
		return beneficiaryId;
	}

	String getContactName() {
		return contactName;
	}

	String getContactPhone() {
		return contactPhone;
	}

	String getContactEmail() {
		return contactEmail;
	}

	String getLanguage() {
		return language;
	}

	UUID getBookedBy() {
		return bookedBy;
	}

	Instant getBookedAt() {
		return bookedAt;
	}

	Instant getReminderSentAt() {
		return reminderSentAt;
	}

}
