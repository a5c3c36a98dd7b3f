package org.relais.agenda.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A bookable schedule of an organisation: on some weekdays, from a start to an end time, slots of a fixed length,
 * at a location, between two dates. Wall-clock times, read in the territory's time zone.
 */
@Entity
@Table(name = "agd_booking_schedule")
class Schedule {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "location_id")
	private UUID locationId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 100)
	private String weekdays;

	@Column(name = "start_time", nullable = false)
	private LocalTime startTime;

	@Column(name = "end_time", nullable = false)
	private LocalTime endTime;

	@Column(name = "slot_minutes", nullable = false)
	private int slotMinutes;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_until")
	private LocalDate validUntil;

	@Column(name = "public_booking", nullable = false)
	private boolean publicBooking;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Schedule() {
	}

	Schedule(UUID territoryId, UUID organisationId, UUID locationId, String title, Set<DayOfWeek> days,
			LocalTime startTime, LocalTime endTime, int slotMinutes, LocalDate validFrom, LocalDate validUntil,
			boolean publicBooking, UUID createdBy, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.organisationId = organisationId;
		this.locationId = locationId;
		this.title = title;
		this.weekdays = days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
		this.startTime = startTime;
		this.endTime = endTime;
		this.slotMinutes = slotMinutes;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.publicBooking = publicBooking;
		this.active = true;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	SlotRule rule() {
		return new SlotRule(days(), startTime, endTime, slotMinutes, validFrom, validUntil);
	}

	Set<DayOfWeek> days() {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(weekdays.split(",")).filter(s -> !s.isBlank()).map(DayOfWeek::valueOf).forEach(days::add);
		return days;
	}

	void setActive(boolean active) {
		this.active = active;
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

	UUID getLocationId() {
		return locationId;
	}

	String getTitle() {
		return title;
	}

	LocalTime getStartTime() {
		return startTime;
	}

	LocalTime getEndTime() {
		return endTime;
	}

	int getSlotMinutes() {
		return slotMinutes;
	}

	LocalDate getValidFrom() {
		return validFrom;
	}

	LocalDate getValidUntil() {
		return validUntil;
	}

	boolean isPublicBooking() {
		return publicBooking;
	}

	boolean isActive() {
		return active;
	}

}
