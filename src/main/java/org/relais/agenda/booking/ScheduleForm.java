package org.relais.agenda.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.relais.agenda.booking.BookingViews.NewSchedule;
import org.springframework.validation.BindingResult;

/**
 * The form of a new schedule. Times, dates and numbers are bound as text and parsed in {@link #check}, so that
 * anything typed gets a message next to its field rather than a conversion error.
 */
class ScheduleForm {

	@NotBlank(message = "{platform.validation.required}")
	private String organisationId;

	private String locationId;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String title;

	@NotEmpty(message = "{agenda.booking.error.days}")
	private List<String> days = new ArrayList<>();

	private String start = "14:00";

	private String end = "17:00";

	private String slotMinutes = "30";

	private String validFrom;

	private String validUntil;

	private boolean publicBooking;

	/** Parses and cross-checks what the bean constraints do not; adds errors to the binding result. */
	NewSchedule check(BindingResult result) {
		UUID org = uuid(organisationId, "organisationId", result);
		UUID location = locationId == null || locationId.isBlank() ? null : uuid(locationId, "locationId", result);
		List<DayOfWeek> parsedDays = new ArrayList<>();
		for (String d : days) {
			try {
				parsedDays.add(DayOfWeek.valueOf(d));
			}
			catch (IllegalArgumentException ex) {
				reject(result, "days", "platform.validation.invalid");
			}
		}
		LocalTime from = time(start, "start", result);
		LocalTime to = time(end, "end", result);
		Integer minutes = null;
		try {
			minutes = Integer.valueOf(slotMinutes == null ? "" : slotMinutes.strip());
			if (minutes < SlotRule.MIN_SLOT || minutes > SlotRule.MAX_SLOT) {
				reject(result, "slotMinutes", "agenda.booking.error.slotMinutes");
			}
		}
		catch (NumberFormatException ex) {
			reject(result, "slotMinutes", "agenda.booking.error.slotMinutes");
		}
		if (from != null && to != null && minutes != null && !result.hasFieldErrors("slotMinutes")
				&& from.plusMinutes(minutes).isAfter(to) || from != null && to != null && !to.isAfter(from)) {
			reject(result, "end", "agenda.booking.error.end");
		}
		LocalDate first = date(validFrom, "validFrom", result, true);
		LocalDate last = date(validUntil, "validUntil", result, false);
		if (first != null && last != null && last.isBefore(first)) {
			reject(result, "validUntil", "agenda.booking.error.validUntil");
		}
		if (result.hasErrors()) {
			return null;
		}
		return new NewSchedule(org, location, title.strip(), parsedDays, from, to, minutes, first, last,
				publicBooking);
	}

	private static void reject(BindingResult result, String field, String key) {
		if (!result.hasFieldErrors(field)) {
			result.rejectValue(field, key);
		}
	}

	private static UUID uuid(String value, String field, BindingResult result) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			reject(result, field, "platform.validation.invalid");
			return null;
		}
	}

	private static LocalTime time(String value, String field, BindingResult result) {
		try {
			return LocalTime.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException ex) {
			reject(result, field, "agenda.booking.error.time");
			return null;
		}
	}

	private static LocalDate date(String value, String field, BindingResult result, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				reject(result, field, "platform.validation.required");
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			reject(result, field, "agenda.booking.error.date");
			return null;
		}
	}

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public String getLocationId() {
		return locationId;
	}

	public void setLocationId(String locationId) {
		this.locationId = locationId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public List<String> getDays() {
		return days;
	}

	public void setDays(List<String> days) {
		this.days = days == null ? new ArrayList<>() : days;
	}

	public String getStart() {
		return start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public String getEnd() {
		return end;
	}

	public void setEnd(String end) {
		this.end = end;
	}

	public String getSlotMinutes() {
		return slotMinutes;
	}

	public void setSlotMinutes(String slotMinutes) {
		this.slotMinutes = slotMinutes;
	}

	public String getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(String validFrom) {
		this.validFrom = validFrom;
	}

	public String getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(String validUntil) {
		this.validUntil = validUntil;
	}

	public boolean isPublicBooking() {
		return publicBooking;
	}

	public void setPublicBooking(boolean publicBooking) {
		this.publicBooking = publicBooking;
	}

}
