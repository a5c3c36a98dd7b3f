package org.relais.territory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new API token. */
public class TokenForm {

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 100, message = "{platform.validation.tooLong}")
	private String name = "";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}
}
