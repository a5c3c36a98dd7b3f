package org.relais.territory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The account page's profile form. */
public class ProfileForm {

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String displayName = "";

	@NotBlank(message = "{platform.validation.required}")
	private String language = "";

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
