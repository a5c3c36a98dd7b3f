package org.relais.territory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Choosing a password (invitation, reset). */
public class SetPasswordForm {

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String password = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String confirmation = "";

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}
}
