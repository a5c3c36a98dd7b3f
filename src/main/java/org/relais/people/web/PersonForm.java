package org.relais.people.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.relais.people.BeneficiaryRecord;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.springframework.format.annotation.DateTimeFormat;

/** What an agent enters about a person; checks that need the territory (commune, postal code) are in the controller. */
class PersonForm {

	@Size(max = 100, message = "{platform.validation.tooLong}")
	private String firstName;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 100, message = "{platform.validation.tooLong}")
	private String lastName;

	private boolean pseudonym;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@Min(value = 1900, message = "{people.validation.birthYear}")
	@Max(value = 2100, message = "{people.validation.birthYear}")
	private Integer birthYear;

	private String communeCode;

	@Pattern(regexp = "|[0-9]{4,5}", message = "{people.validation.postalCode}")
	private String postalCode;

	@Pattern(regexp = "|[+0-9 ().\\-/]{6,40}", message = "{people.validation.phone}")
	private String phone;

	@Email(message = "{platform.validation.email}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String email;

	private Set<String> languages = new LinkedHashSet<>();

	private ContactPreference contactPreference = ContactPreference.THROUGH_REFERENT;

	private Set<String> situations = new LinkedHashSet<>();

	@Min(value = 1, message = "{people.validation.distance}")
	@Max(value = 200, message = "{people.validation.distance}")
	private Integer maxDistanceKm;

	private boolean remoteOk;

	@Size(max = 4000, message = "{platform.validation.tooLong}")
	private String notes;

	/** Set by the agent once the likely duplicates were shown: create anyway. */
	private boolean differentPerson;

	private String next;

	static PersonForm of(BeneficiaryRecord r) {
		PersonForm f = new PersonForm();
		f.firstName = r.firstName();
		f.lastName = r.lastName();
		f.pseudonym = r.pseudonym();
		f.birthDate = r.birthDate();
		f.birthYear = r.birthDate() == null ? r.birthYear() : null;
		f.communeCode = r.communeCode();
		f.postalCode = r.postalCode();
		f.phone = r.phone();
		f.email = r.email();
		f.languages = new LinkedHashSet<>(r.languages());
		f.contactPreference = r.contactPreference();
		f.situations = new LinkedHashSet<>(r.situations());
		f.maxDistanceKm = r.maxDistanceKm();
		f.remoteOk = r.remoteOk();
		f.notes = r.notes();
		return f;
	}

	NewBeneficiary toNew(String resolvedPostalCode) {
		return new NewBeneficiary(pseudonym ? null : firstName, lastName, pseudonym, birthDate,
				birthDate == null ? birthYear : null, resolvedPostalCode, blank(communeCode) ? null : communeCode,
				phone, email, languages, contactPreference, situations, maxDistanceKm, remoteOk, notes);
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public boolean isPseudonym() {
		return pseudonym;
	}

	public void setPseudonym(boolean pseudonym) {
		this.pseudonym = pseudonym;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(String communeCode) {
		this.communeCode = communeCode;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Set<String> getLanguages() {
		return languages;
	}

	public void setLanguages(Set<String> languages) {
		this.languages = languages == null ? new LinkedHashSet<>() : languages;
	}

	public ContactPreference getContactPreference() {
		return contactPreference;
	}

	public void setContactPreference(ContactPreference contactPreference) {
		this.contactPreference = contactPreference;
	}

	public Set<String> getSituations() {
		return situations;
	}

	public void setSituations(Set<String> situations) {
		this.situations = situations == null ? new LinkedHashSet<>() : situations;
	}

	public Integer getMaxDistanceKm() {
		return maxDistanceKm;
	}

	public void setMaxDistanceKm(Integer maxDistanceKm) {
		this.maxDistanceKm = maxDistanceKm;
	}

	public boolean isRemoteOk() {
		return remoteOk;
	}

	public void setRemoteOk(boolean remoteOk) {
		this.remoteOk = remoteOk;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public boolean isDifferentPerson() {
		return differentPerson;
	}

	public void setDifferentPerson(boolean differentPerson) {
		this.differentPerson = differentPerson;
	}

	public String getNext() {
		return next;
	}

	public void setNext(String next) {
		this.next = next;
	}

}
