package org.relais.people.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.shared.DataCategory;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/** A person helped in a territory: the minimum the work needs. */
@PersonalDataRetention("anonymised after 24 months without activity (configurable per territory) by the people retention job")
@Entity
@Table(name = "ppl_beneficiary")
public class Beneficiary {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@PersonalData
	@Column(name = "first_name", length = 100)
	private String firstName;

	@PersonalData
	@Column(name = "last_name", length = 100)
	private String lastName;

	@Column(nullable = false)
	private boolean pseudonym;

	/** Names folded for search and duplicate detection (lower case, no accents, one space). */
	@PersonalData
	@Column(name = "name_key", nullable = false, length = 220)
	private String nameKey;

	@PersonalData
	@Column(name = "birth_date")
	private LocalDate birthDate;

	@PersonalData
	@Column(name = "birth_year")
	private Integer birthYear;

	@PersonalData
	@Column(name = "postal_code", length = 10)
	private String postalCode;

	@PersonalData
	@Column(name = "commune_code", length = 10)
	private String communeCode;

	@PersonalData
	@Column(length = 40)
	private String phone;

	/** The phone's digits only, for search. */
	@PersonalData
	@Column(name = "phone_key", length = 40)
	private String phoneKey;

	@PersonalData
	@Column(length = 200)
	private String email;

	@Column(length = 200)
	private String languages;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_preference", nullable = false, length = 16)
	private ContactPreference contactPreference;

	/** data·inclusion publics codes: some say the person receives social aid or is in a migration process. */
	@PersonalData(category = DataCategory.SOCIAL_AID)
	@Column(length = 1000)
	private String situations;

	@Column(name = "max_distance_km")
	private Integer maxDistanceKm;

	@Column(name = "remote_ok", nullable = false)
	private boolean remoteOk;

	@PersonalData
	@Column(length = 4000)
	private String notes;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "last_activity_at", nullable = false)
	private Instant lastActivityAt;

	@Column(name = "anonymised_at")
	private Instant anonymisedAt;

	protected Beneficiary() {
	}

	public Beneficiary(UUID territoryId, NewBeneficiary d, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.firstName = blankToNull(d.firstName());
		this.lastName = blankToNull(d.lastName());
		this.pseudonym = d.pseudonym();
		this.nameKey = nameKey(firstName, lastName);
		this.birthDate = d.birthDate();
		this.birthYear = d.year();
		this.postalCode = blankToNull(d.postalCode());
		this.communeCode = blankToNull(d.communeCode());
		this.phone = blankToNull(d.phone());
		this.phoneKey = phoneKey(phone);
		this.email = blankToNull(d.email());
		this.languages = codes(d.languages());
		this.contactPreference = d.contactPreference();
		this.situations = codes(d.situations());
		this.maxDistanceKm = d.maxDistanceKm();
		this.remoteOk = d.remoteOk();
		this.notes = blankToNull(d.notes());
		this.createdAt = now;
		this.createdBy = createdBy;
		this.lastActivityAt = now;
	}

	/** Lower case, accents removed, spaces and hyphens as one space: "Élodie  Martin-Dubois" → "elodie martin dubois". */
	public static String fold(String s) {
		if (s == null) {
			return "";
		}
		String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’]+", " ").strip();
	}

	static String nameKey(String first, String last) {
		return (fold(first) + " " + fold(last)).strip();
	}

	/** The digits of a phone number, a leading 0 for a national prefix (+33 6… → 06…). */
	public static String phoneKey(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9+]", "");
		if (digits.startsWith("+")) {
			// keep the national number: drop the country code (2 digits for FR, CH, BE, IT, DE)
			digits = digits.length() > 3 ? "0" + digits.substring(3) : digits.substring(1);
		}
		else if (digits.startsWith("00") && digits.length() > 4) {
			digits = "0" + digits.substring(4);
		}
		return digits.isEmpty() ? null : digits;
	}

	private static String codes(Set<String> codes) {
		return codes == null || codes.isEmpty() ? null : String.join(",", new TreeSet<>(codes));
	}

	private static Set<String> split(String s) {
		return s == null || s.isBlank() ? Set.of()
				: Arrays.stream(s.split(",")).filter(c -> !c.isBlank()).collect(Collectors.toUnmodifiableSet());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** Replaces what an agent entered; creation and activity dates stay (an edit is activity: touch it). */
	public void update(NewBeneficiary d, Instant now) {
		this.firstName = blankToNull(d.firstName());
		this.lastName = blankToNull(d.lastName());
		this.pseudonym = d.pseudonym();
		this.nameKey = nameKey(firstName, lastName);
		this.birthDate = d.birthDate();
		this.birthYear = d.year();
		this.postalCode = blankToNull(d.postalCode());
		this.communeCode = blankToNull(d.communeCode());
		this.phone = blankToNull(d.phone());
		this.phoneKey = phoneKey(phone);
		this.email = blankToNull(d.email());
		this.languages = codes(d.languages());
		this.contactPreference = d.contactPreference();
		this.situations = codes(d.situations());
		this.maxDistanceKm = d.maxDistanceKm();
		this.remoteOk = d.remoteOk();
		this.notes = blankToNull(d.notes());
		touch(now);
	}

	/**
	 * Removes the identity for good: names become "anonymised", contact, birth, postal code, languages, situations,
	 * notes and the search keys are cleared. The commune and preferences left say nothing of who the person was
	 * and keep yearly statistics possible; the record no longer shows in any search or read.
	 */
	public void anonymise(Instant now) {
		this.firstName = null;
		this.lastName = "anonymised";
		this.pseudonym = true;
		this.nameKey = "";
		this.birthDate = null;
		this.birthYear = null;
		this.postalCode = null;
		this.phone = null;
		this.phoneKey = null;
		this.email = null;
		this.languages = null;
		this.situations = null;
		this.notes = null;
		this.anonymisedAt = now;
	}

	/** The person was part of some work today: postpones their anonymisation. */
	public void touch(Instant now) {
		lastActivityAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public boolean isPseudonym() {
		return pseudonym;
	}

	public String getNameKey() {
		return nameKey;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public Integer getBirthYear() {
		return birthYear;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public String getPhone() {
		return phone;
	}

	public String getPhoneKey() {
		return phoneKey;
	}

	public String getEmail() {
		return email;
	}

	public Set<String> getLanguages() {
		return split(languages);
	}

	public ContactPreference getContactPreference() {
		return contactPreference;
	}

	public Set<String> getSituations() {
		return split(situations);
	}

	public Integer getMaxDistanceKm() {
		return maxDistanceKm;
	}

	public boolean isRemoteOk() {
		return remoteOk;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}

	public Instant getAnonymisedAt() {
		return anonymisedAt;
	}

}
