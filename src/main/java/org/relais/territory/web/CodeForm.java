package org.relais.territory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code from the authenticator app. */
public class CodeForm {

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 32, message = "{platform.validation.tooLong}")
	private String code = "";

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}
}
