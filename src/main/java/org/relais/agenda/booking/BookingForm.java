package org.relais.agenda.booking;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * The booking of a slot: the slot's start (an instant, as the slot list links it), and who it is for. On the public
 * page: a name and a phone or an email (at least one), plus {@code website}, a field hidden from people that only
 * robots fill in. On the staff page: a known person, and the phone or email to send the confirmation and reminder to.
 */
class BookingForm {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]{6,30}");

	private String slot;

	private String person;

	@Size(max = 100, message = "{platform.validation.tooLong}")
	private String name;

	@Size(max = 40, message = "{platform.validation.tooLong}")
	private String phone;

	@Email(message = "{platform.validation.email}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String email;

	private String website;

	/** The slot's start, or null (with an error on the field) when it is missing or not an instant. */
	Instant slotStart(BindingResult result) {
		if (slot == null || slot.isBlank()) {
			result.rejectValue("slot", "agenda.booking.error.slot.missing");
			return null;
		}
		try {
			return Instant.parse(slot.strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue("slot", "agenda.booking.error.slot.unknown");
			return null;
		}
	}

	/** Checks the inhabitant's part: a name, and a phone or an email. */
	void checkInhabitant(BindingResult result) {
		if (name == null || name.isBlank()) {
			result.rejectValue("name", "platform.validation.required");
		}
		checkContact(result, true);
	}

	/** Checks the phone (when given) and, when asked, that there is a phone or an email. */
	void checkContact(BindingResult result, boolean oneRequired) {
		if (phone != null && !phone.isBlank() && !result.hasFieldErrors("phone")
				&& !PHONE.matcher(phone.strip()).matches()) {
			result.rejectValue("phone", "agenda.booking.error.phone");
		}
		if (oneRequired && (phone == null || phone.isBlank()) && (email == null || email.isBlank())) {
			result.rejectValue("phone", "agenda.booking.error.contact");
		}
	}

	/** The known person's id, or null (with an error) when missing or malformed. */
	UUID personId(BindingResult result) {
		try {
			return UUID.fromString(person == null ? "" : person.strip());
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("person", "agenda.booking.error.person");
			return null;
		}
	}

	/** Whether the field hidden from people was filled in: a robot. */
	boolean isRobot() {
		return website != null && !website.isBlank();
	}

	public String getSlot() {
		return slot;
	}

	public void setSlot(String slot) {
		this.slot = slot;
	}

	public String getPerson() {
		return person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
