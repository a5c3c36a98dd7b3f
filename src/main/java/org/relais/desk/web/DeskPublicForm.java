package org.relais.desk.web;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

/**
 * The public request form: a name, a phone or an email (at least one), a postal code, what the caller needs (a
 * public request type or "other") and a message; {@code website} is hidden from people and only robots fill it in.
 */
class DeskPublicForm {

	static final String OTHER = "other";

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]{6,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern POSTAL = Pattern.compile("[0-9A-Za-z \\-]{3,10}");

	private String name;

	private String phone;

	private String email;

	private String postalCode;

	private String need;

	private String message;

	private String website;

	void check(BindingResult result, List<String> needs) {
		if (blank(name)) {
			result.rejectValue("name", "platform.validation.required");
		}
		else if (name.strip().length() > 100) {
			result.rejectValue("name", "platform.validation.tooLong");
		}
		if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
			result.rejectValue("phone", "desk.public.error.phone");
		}
		if (!blank(email) && (email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
			result.rejectValue("email", "platform.validation.email");
		}
		if (blank(phone) && blank(email)) {
			result.rejectValue("phone", "desk.public.error.contact");
		}
		if (!blank(postalCode) && !POSTAL.matcher(postalCode.strip()).matches()) {
			result.rejectValue("postalCode", "desk.public.error.postalCode");
		}
		if (blank(need) || !(OTHER.equals(need) || needs.contains(need))) {
			result.rejectValue("need", "desk.public.error.need");
		}
		if (message != null && message.length() > 2000) {
			result.rejectValue("message", "platform.validation.tooLong");
		}
		else if (OTHER.equals(need) && blank(message)) {
			result.rejectValue("message", "desk.public.error.message");
		}
	}

	boolean isRobot() {
		return !blank(website);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String strip(String s) {
		return blank(s) ? null : s.strip();
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

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getNeed() {
		return need;
	}

	public void setNeed(String need) {
		this.need = need;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
