package org.relais.directory.partner;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A service's entry as its organisation edits it. Numbers and dates are kept as typed so that a wrong value comes
 * back with a message next to the field instead of a conversion error.
 */
public class ServiceForm {

	/** Empty rows offered for new liaison form questions. */
	static final int EMPTY_QUESTIONS = 2;

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String nameFr;

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String nameDe;

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String nameIt;

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String nameEn;

	@Size(max = 500, message = "{platform.validation.tooLong}")
	private String summaryFr;

	@Size(max = 500, message = "{platform.validation.tooLong}")
	private String summaryDe;

	@Size(max = 500, message = "{platform.validation.tooLong}")
	private String summaryIt;

	@Size(max = 500, message = "{platform.validation.tooLong}")
	private String summaryEn;

	@Size(max = 8000, message = "{platform.validation.tooLong}")
	private String descriptionFr;

	@Size(max = 8000, message = "{platform.validation.tooLong}")
	private String descriptionDe;

	@Size(max = 8000, message = "{platform.validation.tooLong}")
	private String descriptionIt;

	@Size(max = 8000, message = "{platform.validation.tooLong}")
	private String descriptionEn;

	private List<String> needs = new ArrayList<>();

	private List<String> serviceTypes = new ArrayList<>();

	private List<String> publics = new ArrayList<>();

	private boolean publicsReserved;

	private String minAge;

	private String maxAge;

	private boolean zoneWholeTerritory = true;

	private List<String> zoneAreas = new ArrayList<>();

	private List<String> prerequisites = new ArrayList<>();

	@Size(max = 2000, message = "{platform.validation.tooLong}")
	private String prerequisitesOther;

	private List<String> documents = new ArrayList<>();

	@Size(max = 2000, message = "{platform.validation.tooLong}")
	private String documentsOther;

	/** {@code free}, {@code paid} or empty (unknown). */
	private String fees = "";

	@Size(max = 1000, message = "{platform.validation.tooLong}")
	private String feesDetails;

	private List<String> mobilisation = new ArrayList<>();

	private List<String> mobilisers = new ArrayList<>();

	@Size(max = 500, message = "{platform.validation.tooLong}")
	private String mobilisationLink;

	@Email(message = "{platform.validation.email}")
	@Size(max = 254, message = "{platform.validation.tooLong}")
	private String email;

	@Size(max = 40, message = "{platform.validation.tooLong}")
	private String phone;

	private List<String> receptionModes = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	private List<String> accessibility = new ArrayList<>();

	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String contactName;

	@Email(message = "{platform.validation.email}")
	@Size(max = 254, message = "{platform.validation.tooLong}")
	private String contactEmail;

	@Size(max = 40, message = "{platform.validation.tooLong}")
	private String contactPhone;

	private boolean contactPublic;

	private String status = "DRAFT";

	private String closedUntil;

	private String saturation = "AVAILABLE";

	private String placesAvailable;

	private String placesMaximum;

	@Size(max = 40, message = "{platform.validation.tooLong}")
	private String placesUnit;

	private String verificationMonths = "6";

	private List<String> locations = new ArrayList<>();

	private List<QuestionRow> questions = new ArrayList<>();

	/** A liaison form question as a row of the editor; a row without label is dropped. */
	public static class QuestionRow {

		@Size(max = 300, message = "{platform.validation.tooLong}")
		private String label;

		private String type = "TEXT";

		@Size(max = 2000, message = "{platform.validation.tooLong}")
		private String choices;

		private boolean required;

		private String position;

		private boolean remove;

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getChoices() {
			return choices;
		}

		public void setChoices(String choices) {
			this.choices = choices;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getPosition() {
			return position;
		}

		public void setPosition(String position) {
			this.position = position;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

		boolean isBlank() {
			return (label == null || label.isBlank()) && (choices == null || choices.isBlank());
		}

	}

	/** Adds empty question rows, numbered after the last one. */
	void addEmptyQuestions(int count) {
		for (int i = 0; i < count; i++) {
			QuestionRow row = new QuestionRow();
			row.setPosition(String.valueOf(questions.size() + 1));
			questions.add(row);
		}
	}

	public String text(String field, String language) {
		String suffix = language.substring(0, 1).toUpperCase() + language.substring(1);
		return switch (field + suffix) {
			case "nameFr" -> nameFr;
			case "nameDe" -> nameDe;
			case "nameIt" -> nameIt;
			case "nameEn" -> nameEn;
			case "summaryFr" -> summaryFr;
			case "summaryDe" -> summaryDe;
			case "summaryIt" -> summaryIt;
			case "summaryEn" -> summaryEn;
			case "descriptionFr" -> descriptionFr;
			case "descriptionDe" -> descriptionDe;
			case "descriptionIt" -> descriptionIt;
			case "descriptionEn" -> descriptionEn;
			default -> throw new IllegalArgumentException(field);
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

	public String getSummaryFr() {
		return summaryFr;
	}

	public void setSummaryFr(String summaryFr) {
		this.summaryFr = summaryFr;
	}

	public String getSummaryDe() {
		return summaryDe;
	}

	public void setSummaryDe(String summaryDe) {
		this.summaryDe = summaryDe;
	}

	public String getSummaryIt() {
		return summaryIt;
	}

	public void setSummaryIt(String summaryIt) {
		this.summaryIt = summaryIt;
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = summaryEn;
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

	public List<String> getNeeds() {
		return needs;
	}

	public void setNeeds(List<String> needs) {
		this.needs = needs;
	}

	public List<String> getServiceTypes() {
		return serviceTypes;
	}

	public void setServiceTypes(List<String> serviceTypes) {
		this.serviceTypes = serviceTypes;
	}

	public List<String> getPublics() {
		return publics;
	}

	public void setPublics(List<String> publics) {
		this.publics = publics;
	}

	public boolean isPublicsReserved() {
		return publicsReserved;
	}

	public void setPublicsReserved(boolean publicsReserved) {
		this.publicsReserved = publicsReserved;
	}

	public String getMinAge() {
		return minAge;
	}

	public void setMinAge(String minAge) {
		this.minAge = minAge;
	}

	public String getMaxAge() {
		return maxAge;
	}

	public void setMaxAge(String maxAge) {
		this.maxAge = maxAge;
	}

	public boolean isZoneWholeTerritory() {
		return zoneWholeTerritory;
	}

	public void setZoneWholeTerritory(boolean zoneWholeTerritory) {
		this.zoneWholeTerritory = zoneWholeTerritory;
	}

	public List<String> getZoneAreas() {
		return zoneAreas;
	}

	public void setZoneAreas(List<String> zoneAreas) {
		this.zoneAreas = zoneAreas;
	}

	public List<String> getPrerequisites() {
		return prerequisites;
	}

	public void setPrerequisites(List<String> prerequisites) {
		this.prerequisites = prerequisites;
	}

	public String getPrerequisitesOther() {
		return prerequisitesOther;
	}

	public void setPrerequisitesOther(String prerequisitesOther) {
		this.prerequisitesOther = prerequisitesOther;
	}

	public List<String> getDocuments() {
		return documents;
	}

	public void setDocuments(List<String> documents) {
		this.documents = documents;
	}

	public String getDocumentsOther() {
		return documentsOther;
	}

	public void setDocumentsOther(String documentsOther) {
		this.documentsOther = documentsOther;
	}

	public String getFees() {
		return fees;
	}

	public void setFees(String fees) {
		this.fees = fees;
	}

	public String getFeesDetails() {
		return feesDetails;
	}

	public void setFeesDetails(String feesDetails) {
		this.feesDetails = feesDetails;
	}

	public List<String> getMobilisation() {
		return mobilisation;
	}

	public void setMobilisation(List<String> mobilisation) {
		this.mobilisation = mobilisation;
	}

	public List<String> getMobilisers() {
		return mobilisers;
	}

	public void setMobilisers(List<String> mobilisers) {
		this.mobilisers = mobilisers;
	}

	public String getMobilisationLink() {
		return mobilisationLink;
	}

	public void setMobilisationLink(String mobilisationLink) {
		this.mobilisationLink = mobilisationLink;
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

	public List<String> getReceptionModes() {
		return receptionModes;
	}

	public void setReceptionModes(List<String> receptionModes) {
		this.receptionModes = receptionModes;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public List<String> getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(List<String> accessibility) {
		this.accessibility = accessibility;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public boolean isContactPublic() {
		return contactPublic;
	}

	public void setContactPublic(boolean contactPublic) {
		this.contactPublic = contactPublic;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getClosedUntil() {
		return closedUntil;
	}

	public void setClosedUntil(String closedUntil) {
		this.closedUntil = closedUntil;
	}

	public String getSaturation() {
		return saturation;
	}

	public void setSaturation(String saturation) {
		this.saturation = saturation;
	}

	public String getPlacesAvailable() {
		return placesAvailable;
	}

	public void setPlacesAvailable(String placesAvailable) {
		this.placesAvailable = placesAvailable;
	}

	public String getPlacesMaximum() {
		return placesMaximum;
	}

	public void setPlacesMaximum(String placesMaximum) {
		this.placesMaximum = placesMaximum;
	}

	public String getPlacesUnit() {
		return placesUnit;
	}

	public void setPlacesUnit(String placesUnit) {
		this.placesUnit = placesUnit;
	}

	public String getVerificationMonths() {
		return verificationMonths;
	}

	public void setVerificationMonths(String verificationMonths) {
		this.verificationMonths = verificationMonths;
	}

	public List<String> getLocations() {
		return locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public List<QuestionRow> getQuestions() {
		return questions;
	}

	public void setQuestions(List<QuestionRow> questions) {
		this.questions = questions;
	}
}
