package org.relais.mutualaid.volunteer;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.VolunteerStatus;

/**
 * A volunteer of a territory. The street address is private (the coordinator sees it; distances use the commune's or
 * postal code's centre in {@code latitude}/{@code longitude}). {@code userId} is the account, set when the
 * volunteer's invitation is accepted. An association may vouch for the volunteer ({@code vouchingOrganisationId}):
 * its logo and name then show beside the volunteer's name, until it withdraws.
 */
@Entity
@Table(name = "ma_volunteer")
public class Volunteer {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "user_id")
	private UUID userId;

	@Column(name = "first_name", nullable = false, length = 100)
	private String firstName;

	@Column(name = "last_name", nullable = false, length = 100)
	private String lastName;

	@Column(length = 40)
	private String phone;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(name = "street_address", length = 300)
	private String streetAddress;

	@Column(name = "postal_code", length = 16)
	private String postalCode;

	@Column(name = "commune_code", length = 32)
	private String communeCode;

	private Double latitude;

	private Double longitude;

	@Column(nullable = false, length = 400)
	private String availability;

	@Column(name = "action_types", nullable = false, length = 200)
	private String actionTypes;

	@Column(name = "has_car", nullable = false)
	private boolean hasCar;

	@Column(name = "max_distance_km", nullable = false)
	private int maxDistanceKm;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private VolunteerStatus status;

	@Column(name = "status_note", length = 1000)
	private String statusNote;

	@Column(name = "status_changed_at", nullable = false)
	private Instant statusChangedAt;

	@Column(name = "vouching_organisation_id")
	private UUID vouchingOrganisationId;

	@Column(name = "vouched_at")
	private Instant vouchedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Volunteer() {
	}

	public Volunteer(UUID territoryId, String firstName, String lastName, String email, String language, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
		this.language = language;
		this.availability = "";
		this.actionTypes = "";
		this.maxDistanceKm = 5;
		this.status = VolunteerStatus.PENDING;
		this.statusChangedAt = now;
		this.createdAt = now;
	}

	/** Contact and place; coordinates are the centre of the commune or postal code (null when unknown). */
	public void contact(String phone, String streetAddress, String postalCode, String communeCode, Double latitude,
			Double longitude) {
		this.phone = phone;
		this.streetAddress = streetAddress;
		this.postalCode = postalCode;
		this.communeCode = communeCode;
		this.latitude = latitude;
		this.longitude = longitude;
	}

	public void rename(String firstName, String lastName) {
		this.firstName = firstName;
		this.lastName = lastName;
	}

	public void offer(Availability availability, Set<ActionType> actionTypes, boolean hasCar, int maxDistanceKm) {
		this.availability = availability.format();
		this.actionTypes = ActionType.format(actionTypes);
		this.hasCar = hasCar;
		this.maxDistanceKm = maxDistanceKm;
	}

	/** @throws MutualAidException (field {@code status}) when the state cannot follow */
	public void moveTo(VolunteerStatus next, String note, Instant now) {
		if (!status.canGoTo(next)) {
			throw new MutualAidException("status", "mutualaid.error.volunteer.status", status.name(), next.name());
		}
		this.status = next;
		this.statusNote = note;
		this.statusChangedAt = now;
	}

	public void linkAccount(UUID userId) {
		this.userId = userId;
	}

	public void vouch(UUID organisationId, Instant now) {
		this.vouchingOrganisationId = organisationId;
		this.vouchedAt = organisationId == null ? null : now;
	}

	/**
	 * Forgets who the volunteer was (after they left, on request or at the end of retention): name, email, phone,
	 * address, place, account and vouching are wiped; the state and the history of missions stay, anonymous.
	 */
	public void anonymise() {
		this.firstName = "—";
		this.lastName = "—";
		this.email = "erased-" + id + "@invalid";
		this.phone = null;
		this.streetAddress = null;
		this.postalCode = null;
		this.communeCode = null;
		this.latitude = null;
		this.longitude = null;
		this.userId = null;
		this.vouchingOrganisationId = null;
		this.vouchedAt = null;
		this.statusNote = null;
	}

	public void changeLanguage(String language) {
		this.language = language;
	}

	public String displayName() {
		return firstName + " " + lastName;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getUserId() {
		return userId;
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public String getLanguage() {
		return language;
	}

	public String getStreetAddress() {
		return streetAddress;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public Availability getAvailability() {
		return Availability.parse(availability);
	}

	public Set<ActionType> getActionTypes() {
		return ActionType.parse(actionTypes);
	}

	public boolean isHasCar() {
		return hasCar;
	}

	public int getMaxDistanceKm() {
		return maxDistanceKm;
	}

	public VolunteerStatus getStatus() {
		return status;
	}

	public String getStatusNote() {
		return statusNote;
	}

	public Instant getStatusChangedAt() {
		return statusChangedAt;
	}

	public UUID getVouchingOrganisationId() {
		return vouchingOrganisationId;
	}

	public Instant getVouchedAt() {
		return vouchedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
