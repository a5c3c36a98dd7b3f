package org.relais.devices.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * A donation of devices: who gave them (kind, name, optional contact), in which language its documents (receipt,
 * erasure certificates) are written, when the devices came in, who recorded it. Its devices point to it
 * ({@code Device.donationId}).
 */
@Entity
@Table(name = "dev_donation")
@PersonalDataRetention("contact email and phone cleared " + DonationRetention.CONTACT_TEXT
		+ " after the donation by DonationRetention; a private donor's name is replaced by the donation reference "
		+ DonationRetention.NAME_TEXT + " after it (the receipt is an accounting record until then)")
public class Donation {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(nullable = false, length = 32)
	private String reference;

	@Enumerated(EnumType.STRING)
	@Column(name = "donor_kind", nullable = false, length = 16)
	private DonorKind donorKind;

	@PersonalData
	@Column(name = "donor_name", nullable = false, length = 200)
	private String donorName;

	@PersonalData
	@Column(name = "contact_email", length = 254)
	private String contactEmail;

	@PersonalData
	@Column(name = "contact_phone", length = 40)
	private String contactPhone;

	@Column(name = "donor_language", nullable = false, length = 2)
	private String donorLanguage;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Column(length = 2000)
	private String notes;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "contact_cleared_at")
	private Instant contactClearedAt;

	@Version
	private long version;

	protected Donation() {
	}

	public Donation(UUID territoryId, String reference, DonorKind donorKind, String donorName, String contactEmail,
			String contactPhone, String donorLanguage, LocalDate receivedOn, String notes, UUID createdBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.reference = reference;
		this.donorKind = donorKind;
		this.donorName = donorName;
		this.contactEmail = contactEmail;
		this.contactPhone = contactPhone;
		this.donorLanguage = donorLanguage;
		this.receivedOn = receivedOn;
		this.notes = notes;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getReference() {
		return reference;
	}

	public DonorKind getDonorKind() {
		return donorKind;
	}

	public String getDonorName() {
		return donorName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getDonorLanguage() {
		return donorLanguage;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public UUID getCreatedBy() {
		return createdBy;
	}

	public Instant getContactClearedAt() {
		return contactClearedAt;
	}

}
