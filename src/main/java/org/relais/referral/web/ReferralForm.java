package org.relais.referral.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.referral.SharedField;
import org.relais.referral.domain.Referral;
import org.springframework.web.multipart.MultipartFile;

/**
 * The referral form as posted: the service and person (hidden), the form's one-time token, the liaison answers by
 * question position, what to share, the reason, contact and availability, files, and the consent.
 */
public class ReferralForm {

	private UUID service;

	private UUID person;

	private String token;

	@NotBlank(message = "{referral.referral.error.reasonRequired}")
	@Size(max = Referral.MAX_REASON, message = "{referral.referral.error.tooLong}")
	private String reason;

	private ContactPreference preferredContact;

	@Size(max = Referral.MAX_AVAILABILITY, message = "{referral.referral.error.tooLong}")
	private String availability;

	private Map<Integer, String> answers = new HashMap<>();

	private List<SharedField> sharedFields = new ArrayList<>();

	@Size(max = Referral.MAX_MESSAGE, message = "{referral.referral.error.tooLong}")
	private String justification;

	private boolean consent;

	private ConsentMethod consentMethod;

	private List<MultipartFile> files = new ArrayList<>();

	public UUID getService() {
		return service;
	}

	public void setService(UUID service) {
		this.service = service;
	}

	public UUID getPerson() {
		return person;
	}

	public void setPerson(UUID person) {
		this.person = person;
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public ContactPreference getPreferredContact() {
		return preferredContact;
	}

	public void setPreferredContact(ContactPreference preferredContact) {
		this.preferredContact = preferredContact;
	}

	public String getAvailability() {
		return availability;
	}

	public void setAvailability(String availability) {
		this.availability = availability;
	}

	public Map<Integer, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<Integer, String> answers) {
		this.answers = answers;
	}

	public List<SharedField> getSharedFields() {
		return sharedFields;
	}

	public void setSharedFields(List<SharedField> sharedFields) {
		this.sharedFields = sharedFields;
	}

	public String getJustification() {
		return justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public ConsentMethod getConsentMethod() {
		return consentMethod;
	}

	public void setConsentMethod(ConsentMethod consentMethod) {
		this.consentMethod = consentMethod;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

	/** The files actually chosen (an empty file input sends one empty part). */
	List<MultipartFile> chosenFiles() {
		return files == null ? List.of()
				: files.stream().filter(f -> f != null && !f.isEmpty() && f.getOriginalFilename() != null).toList();
	}

}
