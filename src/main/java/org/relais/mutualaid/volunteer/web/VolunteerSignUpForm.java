package org.relais.mutualaid.volunteer.web;

import java.util.List;
import java.util.regex.Pattern;

import org.relais.territory.AreaSummary;
import org.springframework.validation.BindingResult;

/** The public sign-up: name and email besides the profile; {@code website} is a honeypot only robots fill in. */
class VolunteerSignUpForm extends VolunteerProfileForm {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private String firstName;

	private String lastName;

	private String email;

	private String website;

	@Override
	void check(BindingResult result, List<AreaSummary> communes, List<String> languages) {
		name(result, "firstName", firstName);
		name(result, "lastName", lastName);
		if (blank(email)) {
			result.rejectValue("email", "platform.validation.required");
		}
		else if (email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches()) {
			result.rejectValue("email", "platform.validation.email");
		}
		super.check(result, communes, languages);
	}

	private static void name(BindingResult result, String field, String value) {
		if (blank(value)) {
			result.rejectValue(field, "platform.validation.required");
		}
		else if (value.strip().length() > 100) {
			result.rejectValue(field, "platform.validation.tooLong");
		}
	}

	boolean isRobot() {
		return !blank(website);
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
