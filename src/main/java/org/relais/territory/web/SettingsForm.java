package org.relais.territory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;

/** The territory settings. */
public class SettingsForm {

	private boolean staffTwoFactorRequired;

	@NotBlank(message = "{platform.validation.required}")
	private String defaultLanguage = "";

	@NotEmpty(message = "{territory.settings.languagesRequired}")
	private List<String> languages = new ArrayList<>();

	public boolean isStaffTwoFactorRequired() {
		return staffTwoFactorRequired;
	}

	public void setStaffTwoFactorRequired(boolean staffTwoFactorRequired) {
		this.staffTwoFactorRequired = staffTwoFactorRequired;
	}

	public String getDefaultLanguage() {
		return defaultLanguage;
	}

	public void setDefaultLanguage(String defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}
}
