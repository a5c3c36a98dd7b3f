package org.relais.devices.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.relais.devices.stock.DonationDraft;
import org.relais.devices.stock.DonorKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A donation as entered at reception: the donor, an optional contact, the language of its documents, the date. */
public class DonationForm {

	@NotNull(message = "{platform.validation.required}")
	private DonorKind donorKind;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String donorName = "";

	@Email(message = "{platform.validation.email}")
	@Size(max = 254, message = "{platform.validation.tooLong}")
	private String contactEmail = "";

	@Pattern(regexp = "|\\+?[0-9 ./()-]{6,40}", message = "{devices.donation.validation.phone}")
	private String contactPhone = "";

	@NotBlank(message = "{platform.validation.required}")
	@Pattern(regexp = "fr|de|it|en", message = "{platform.validation.invalid}")
	private String donorLanguage = "";

	@NotNull(message = "{platform.validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	@Size(max = 2000, message = "{platform.validation.tooLong}")
	private String notes = "";

	DonationDraft toDraft() {
		return new DonationDraft(donorKind, donorName.strip(), DeviceSpecsForm.blankToNull(contactEmail),
				DeviceSpecsForm.blankToNull(contactPhone), donorLanguage, receivedOn, DeviceSpecsForm.blankToNull(notes));
	}

	public DonorKind getDonorKind() {
		return donorKind;
	}

	public void setDonorKind(DonorKind donorKind) {
		this.donorKind = donorKind;
	}

	public String getDonorName() {
		return donorName;
	}

	public void setDonorName(String donorName) {
		this.donorName = donorName == null ? "" : donorName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail == null ? "" : contactEmail.strip();
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone == null ? "" : contactPhone.strip();
	}

	public String getDonorLanguage() {
		return donorLanguage;
	}

	public void setDonorLanguage(String donorLanguage) {
		this.donorLanguage = donorLanguage;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes == null ? "" : notes;
	}

}
