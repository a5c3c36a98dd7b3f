package org.relais.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The instance admin adds a need or a public to the data·inclusion vocabularies, labelled in the four languages. */
public class ExtraTermForm {

	@NotBlank(message = "{platform.validation.required}")
	@Pattern(regexp = "needs|publics", message = "{platform.validation.invalid}")
	private String taxonomy = "needs";

	private String category = "";

	@NotBlank(message = "{platform.validation.required}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{directory.terms.codeFormat}")
	@Size(max = 80, message = "{platform.validation.tooLong}")
	private String code = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String labelFr = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String labelDe = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String labelIt = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String labelEn = "";

	public String getTaxonomy() {
		return taxonomy;
	}

	public void setTaxonomy(String taxonomy) {
		this.taxonomy = taxonomy;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? "" : code.strip();
	}

	public String getLabelFr() {
		return labelFr;
	}

	public void setLabelFr(String labelFr) {
		this.labelFr = labelFr;
	}

	public String getLabelDe() {
		return labelDe;
	}

	public void setLabelDe(String labelDe) {
		this.labelDe = labelDe;
	}

	public String getLabelIt() {
		return labelIt;
	}

	public void setLabelIt(String labelIt) {
		this.labelIt = labelIt;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public void setLabelEn(String labelEn) {
		this.labelEn = labelEn;
	}

}
