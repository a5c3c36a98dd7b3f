package org.relais.directory.partner;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** An organisation's entry as its members edit it; names and descriptions in the four languages. */
public class OrganisationForm {

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String nameFr;

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String nameDe;

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String nameIt;

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String nameEn;

	@Size(max = 8000, message = "{platform.validation.tooLong}")
	private String descriptionFr;

	@Size(max = 8000, message = "{platform.validation.tooLong}")
	private String descriptionDe;

	@Size(max = 8000, message = "{platform.validation.tooLong}")
	private String descriptionIt;

	@Size(max = 8000, message = "{platform.validation.tooLong}")
	private String descriptionEn;

	private String legalIdScheme = "";

	@Size(max = 40, message = "{platform.validation.tooLong}")
	private String legalId;

	private String kind = "ASSOCIATION";

	private String parentId = "";

	@Size(max = 500, message = "{platform.validation.tooLong}")
	private String website;

	@Email(message = "{platform.validation.email}")
	@Size(max = 254, message = "{platform.validation.tooLong}")
	private String email;

	@Size(max = 40, message = "{platform.validation.tooLong}")
	private String phone;

	private List<String> workTerritories = new ArrayList<>();

	public String name(String language) {
		return switch (language) {
			case "de" -> nameDe;
			case "it" -> nameIt;
			case "en" -> nameEn;
			default -> nameFr;
		};
	}

	public String description(String language) {
		return switch (language) {
			case "de" -> descriptionDe;
			case "it" -> descriptionIt;
			case "en" -> descriptionEn;
			default -> descriptionFr;
		};
	}

	public String getNameFr() {
		return nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getNameDe() {
		return nameDe;
	}

	public void setNameDe(String nameDe) {
		this.nameDe = nameDe;
	}

	public String getNameIt() {
		return nameIt;
	}

	public void setNameIt(String nameIt) {
		this.nameIt = nameIt;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getDescriptionFr() {
		return descriptionFr;
	}

	public void setDescriptionFr(String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	public String getDescriptionDe() {
		return descriptionDe;
	}

	public void setDescriptionDe(String descriptionDe) {
		this.descriptionDe = descriptionDe;
	}

	public String getDescriptionIt() {
		return descriptionIt;
	}

	public void setDescriptionIt(String descriptionIt) {
		this.descriptionIt = descriptionIt;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getLegalIdScheme() {
		return legalIdScheme;
	}

	public void setLegalIdScheme(String legalIdScheme) {
		this.legalIdScheme = legalIdScheme;
	}

	public String getLegalId() {
		return legalId;
	}

	public void setLegalId(String legalId) {
		this.legalId = legalId;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getParentId() {
		return parentId;
	}

	public void setParentId(String parentId) {
		this.parentId = parentId;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public List<String> getWorkTerritories() {
		return workTerritories;
	}

	public void setWorkTerritories(List<String> workTerritories) {
		this.workTerritories = workTerritories;
	}

}
