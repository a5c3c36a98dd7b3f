package org.relais.desk.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.relais.people.NewBeneficiary;

/**
 * An unknown caller, created inline at the desk with six fields: first name, last name, birth year, phone, postal
 * code and email (for confirmations). Everything else is added later on the person's record.
 */
class DeskCallerForm {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]{6,30}");

	private static final Pattern POSTAL = Pattern.compile("[0-9A-Za-z \\-]{3,10}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private String firstName;

	private String lastName;

	private String birthYear;

	private String phone;

	private String postalCode;

	private String email;

	private boolean differentPerson;

	/** The web-form request being triaged, when the caller is created during triage. */
	private String triage;

	/** Field name to message key of what is wrong; empty when the form is acceptable. */
	Map<String, String> check(LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (blank(firstName)) {
			errors.put("firstName", "platform.validation.required");
		}
		else if (firstName.strip().length() > 100) {
			errors.put("firstName", "platform.validation.tooLong");
		}
		if (blank(lastName)) {
			errors.put("lastName", "platform.validation.required");
		}
		else if (lastName.strip().length() > 100) {
			errors.put("lastName", "platform.validation.tooLong");
		}
		if (!blank(birthYear)) {
			Integer year = year();
			if (year == null || year < 1900 || year > today.getYear()) {
				errors.put("birthYear", "desk.caller.error.birthYear");
			}
		}
		if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
			errors.put("phone", "desk.caller.error.phone");
		}
		if (!blank(postalCode) && !POSTAL.matcher(postalCode.strip()).matches()) {
			errors.put("postalCode", "desk.caller.error.postalCode");
		}
		if (!blank(email) && (email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
			errors.put("email", "platform.validation.email");
		}
		return errors;
	}

	NewBeneficiary toNew() {
		return new NewBeneficiary(firstName.strip(), lastName.strip(), false, null, year(), strip(postalCode), null,
				strip(phone), strip(email), Set.of(), null, Set.of(), null, false, null);
	}

	private Integer year() {
		try {
			return blank(birthYear) ? null : Integer.valueOf(birthYear.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String strip(String s) {
		return blank(s) ? null : s.strip();
	}

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getBirthYear() {
		return birthYear;
	}

	public void setBirthYear(String birthYear) {
		this.birthYear = birthYear;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isDifferentPerson() {
		return differentPerson;
	}

	public void setDifferentPerson(boolean differentPerson) {
		this.differentPerson = differentPerson;
	}

	public String getTriage() {
		return triage;
	}

	public void setTriage(String triage) {
		this.triage = triage;
	}

}
