package org.relais.mutualaid.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The "schedule a meeting" form, kept as text so that bad input comes back as typed. */
class MeetingForm {

	private String title;

	private String date;

	private String time = "18:00";

	private String durationMinutes = String.valueOf(MeetingDraft.DEFAULT_MINUTES);

	private String locationId;

	private String address;

	private String facilitatorNote;

	LocalDate dateValue() {
		try {
			return date == null ? null : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	LocalTime timeValue() {
		try {
			return time == null ? null : LocalTime.parse(time.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	Integer durationValue() {
		try {
			return durationMinutes == null ? null : Integer.valueOf(durationMinutes.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The chosen location, null for none; {@code INVALID} when the value is not an id. */
	UUID locationValue() {
		if (locationId == null || locationId.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(locationId.strip());
		}
		catch (IllegalArgumentException ex) {
			return INVALID;
		}
	}

	static final UUID INVALID = new UUID(0, 0);

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public String getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(String durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public String getLocationId() {
		return locationId;
	}

	public void setLocationId(String locationId) {
		this.locationId = locationId;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getFacilitatorNote() {
		return facilitatorNote;
	}

	public void setFacilitatorNote(String facilitatorNote) {
		this.facilitatorNote = facilitatorNote;
	}

}
