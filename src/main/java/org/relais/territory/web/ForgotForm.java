package org.relais.territory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asking for a password reset. */
public class ForgotForm {

	@NotBlank(message = "{platform.validation.required}")
	@Email(message = "{platform.validation.email}")
	@Size(max = 320, message = "{platform.validation.tooLong}")
	private String email = "";

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}
}
