package org.relais.territory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.relais.territory.TerritoryKind;

/** A platform admin opens a territory and invites its first administrator. */
public class NewTerritoryForm {

	@NotBlank(message = "{platform.validation.required}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{territory.platform.slugFormat}")
	@Size(max = 64, message = "{platform.validation.tooLong}")
	private String slug = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String name = "";

	@NotBlank(message = "{platform.validation.required}")
	@Pattern(regexp = "[A-Z]{2}", message = "{territory.platform.countryFormat}")
	private String country = "";

	@Size(max = 32, message = "{platform.validation.tooLong}")
	private String officialCode = "";

	@NotNull(message = "{platform.validation.required}")
	private TerritoryKind kind;

	@Min(value = 0, message = "{platform.validation.invalid}")
	@Max(value = 2_000_000_000, message = "{platform.validation.invalid}")
	private Integer population;

	@NotBlank(message = "{platform.validation.required}")
	private String defaultLanguage = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 64, message = "{platform.validation.tooLong}")
	private String timeZone = "";

	@NotBlank(message = "{platform.validation.required}")
	@Email(message = "{platform.validation.email}")
	@Size(max = 320, message = "{platform.validation.tooLong}")
	private String adminEmail = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String adminName = "";

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getOfficialCode() {
		return officialCode;
	}

	public void setOfficialCode(String officialCode) {
		this.officialCode = officialCode;
	}

	public TerritoryKind getKind() {
		return kind;
	}

	public void setKind(TerritoryKind kind) {
		this.kind = kind;
	}

	public Integer getPopulation() {
		return population;
	}

	public void setPopulation(Integer population) {
		this.population = population;
	}

	public String getDefaultLanguage() {
		return defaultLanguage;
	}

	public void setDefaultLanguage(String defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getAdminEmail() {
		return adminEmail;
	}

	public void setAdminEmail(String adminEmail) {
		this.adminEmail = adminEmail == null ? null : adminEmail.strip();
	}

	public String getAdminName() {
		return adminName;
	}

	public void setAdminName(String adminName) {
		this.adminName = adminName;
	}

}
