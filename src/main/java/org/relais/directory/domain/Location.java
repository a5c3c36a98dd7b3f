package org.relais.directory.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place where services are delivered (HSDS {@code location}), with its weekly hours and exceptions. */
@Entity
@Table(name = "dir_location")
public class Location {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(length = 300)
	private String name;

	@Column(length = 300)
	private String address;

	@Column(name = "postal_code", length = 16)
	private String postalCode;

	@Column(length = 120)
	private String city;

	/** Official code of the commune (INSEE, BFS, NIS) when known. */
	@Column(name = "area_code", length = 32)
	private String areaCode;

	@Column(nullable = false, length = 2)
	private String country;

	private Double latitude;

	private Double longitude;

	@Column(name = "access_notes", length = 1000)
	private String accessNotes;

	@Column(name = "closed_on_holidays", nullable = false)
	private boolean closedOnHolidays = true;

	/** A message shown beside the hours for a while (e.g. "moved to the first floor until June"). */
	@Column(name = "temporary_message", length = 500)
	private String temporaryMessage;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "dir_location_slot", joinColumns = @JoinColumn(name = "location_id"))
	@OrderColumn(name = "position")
	private List<WeeklySlot> weekly = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "dir_location_exception", joinColumns = @JoinColumn(name = "location_id"))
	@OrderColumn(name = "position")
	private List<ExceptionalHours> exceptions = new ArrayList<>();

	@Column(length = 100)
	private String source;

	@Column(name = "external_id", length = 200)
	private String externalId;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Location() {
	}

	public Location(UUID id, UUID territoryId, UUID organisationId, String country, Instant now) {
		this.id = id == null ? UUID.randomUUID() : id;
		this.territoryId = territoryId;
		this.organisationId = organisationId;
		this.country = country;
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public void setCoordinates(Double latitude, Double longitude) {
		if ((latitude == null) != (longitude == null)) {
			throw new IllegalArgumentException("latitude and longitude go together");
		}
		if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
			throw new IllegalArgumentException("coordinates out of range");
		}
		this.latitude = latitude;
		this.longitude = longitude;
	}

	public boolean hasCoordinates() {
		return latitude != null && longitude != null;
	}

	public String getAccessNotes() {
		return accessNotes;
	}

	public void setAccessNotes(String accessNotes) {
		this.accessNotes = accessNotes;
	}

	public boolean isClosedOnHolidays() {
		return closedOnHolidays;
	}

	public void setClosedOnHolidays(boolean closedOnHolidays) {
		this.closedOnHolidays = closedOnHolidays;
	}

	public String getTemporaryMessage() {
		return temporaryMessage;
	}

	public void setTemporaryMessage(String temporaryMessage) {
		this.temporaryMessage = temporaryMessage;
	}

	public List<WeeklySlot> getWeekly() {
		return weekly;
	}

	public void setWeekly(List<WeeklySlot> weekly) {
		this.weekly.clear();
		this.weekly.addAll(weekly);
	}

	public List<ExceptionalHours> getExceptions() {
		return exceptions;
	}

	public void setExceptions(List<ExceptionalHours> exceptions) {
		this.exceptions.clear();
		this.exceptions.addAll(exceptions);
	}

	public String getSource() {
		return source;
	}

	public String getExternalId() {
		return externalId;
	}

	public void setExternal(String source, String externalId) {
		this.source = source;
		this.externalId = externalId;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public long getVersion() {
		return version;
	}

}
