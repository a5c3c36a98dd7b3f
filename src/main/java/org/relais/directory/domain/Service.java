package org.relais.directory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What an organisation offers (HSDS {@code service}): for which needs and publics, where (locations and zone of
 * eligibility), on which conditions, how to mobilise it, how full it is, and how fresh its entry is.
 */
@Entity
@Table(name = "dir_service")
@org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed(index = "service")
@org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding(
		binder = @org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef(
				type = org.relais.directory.search.ServiceIndexBinder.class))
public class Service {

	/** Verification periods a partner can choose, in months; 6 by default. */
	public static final List<Integer> VERIFICATION_PERIODS = List.of(1, 3, 6, 12);

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id", nullable = false)
	private Organisation organisation;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "name_fr", length = 300)),
			@AttributeOverride(name = "de", column = @Column(name = "name_de", length = 300)),
			@AttributeOverride(name = "it", column = @Column(name = "name_it", length = 300)),
			@AttributeOverride(name = "en", column = @Column(name = "name_en", length = 300)) })
	private LocalizedText name = LocalizedText.empty();

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "summary_fr", length = 500)),
			@AttributeOverride(name = "de", column = @Column(name = "summary_de", length = 500)),
			@AttributeOverride(name = "it", column = @Column(name = "summary_it", length = 500)),
			@AttributeOverride(name = "en", column = @Column(name = "summary_en", length = 500)) })
	private LocalizedText summary = LocalizedText.empty();

	/** Long description in a safe Markdown subset (HTML is stripped on the way in). */
	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "description_fr", length = 8000)),
			@AttributeOverride(name = "de", column = @Column(name = "description_de", length = 8000)),
			@AttributeOverride(name = "it", column = @Column(name = "description_it", length = 8000)),
			@AttributeOverride(name = "en", column = @Column(name = "description_en", length = 8000)) })
	private LocalizedText description = LocalizedText.empty();

	/** data·inclusion thematiques (and the instance's extra terms). */
	@Convert(converter = CodeSetConverter.class)
	@Column(length = 2000)
	private Set<String> needs = Set.of();

	/** data·inclusion types-de-services. */
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "service_types", length = 500)
	private Set<String> serviceTypes = Set.of();

	/** data·inclusion publics. */
	@Convert(converter = CodeSetConverter.class)
	@Column(length = 1000)
	private Set<String> publics = Set.of();

	/** True: only the publics listed are received; false: they are preferred, others welcome. */
	@Column(name = "publics_reserved", nullable = false)
	private boolean publicsReserved;

	@Column(name = "min_age")
	private Integer minAge;

	@Column(name = "max_age")
	private Integer maxAge;

	@Column(name = "zone_whole_territory", nullable = false)
	private boolean zoneWholeTerritory = true;

	/** Official codes of the reference areas (communes, EPCI, départements, cantons) of the zone of eligibility. */
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "zone_areas", length = 4000)
	private Set<String> zoneAreas = Set.of();

	/** Codes of the global list of access conditions. */
	@Convert(converter = CodeSetConverter.class)
	@Column(length = 1000)
	private Set<String> prerequisites = Set.of();

	@Column(name = "prerequisites_other", length = 2000)
	private String prerequisitesOther;

	/** Codes of the global list of documents to bring. */
	@Convert(converter = CodeSetConverter.class)
	@Column(length = 1000)
	private Set<String> documents = Set.of();

	@Column(name = "documents_other", length = 2000)
	private String documentsOther;

	/** True free, false paid, null unknown. */
	@Column(name = "fees_free")
	private Boolean feesFree;

	@Column(name = "fees_details", length = 1000)
	private String feesDetails;

	/** How a person or a professional mobilises it: data·inclusion modes-mobilisation, plus {@code relais-referral}. */
	@Convert(converter = CodeSetConverter.class)
	@Column(length = 500)
	private Set<String> mobilisation = Set.of();

	/** Who may mobilise it: data·inclusion personnes-mobilisatrices. */
	@Convert(converter = CodeSetConverter.class)
	@Column(length = 200)
	private Set<String> mobilisers = Set.of();

	@Column(name = "mobilisation_link", length = 500)
	private String mobilisationLink;

	@Column(length = 254)
	private String email;

	@Column(length = 40)
	private String phone;

	/** data·inclusion modes-accueil: {@code en-presentiel}, {@code a-distance}. */
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "reception_modes", length = 100)
	private Set<String> receptionModes = Set.of();

	/** ISO 639-1 codes of the languages spoken. */
	@Convert(converter = CodeSetConverter.class)
	@Column(length = 300)
	private Set<String> languages = Set.of();

	@Convert(converter = CodeSetConverter.class)
	@Column(length = 300)
	private Set<String> accessibility = Set.of();

	@Column(name = "contact_name", length = 200)
	private String contactName;

	@Column(name = "contact_email", length = 254)
	private String contactEmail;

	@Column(name = "contact_phone", length = 40)
	private String contactPhone;

	/** False: the contact person is shown to professionals only. */
	@Column(name = "contact_public", nullable = false)
	private boolean contactPublic;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private ServiceStatus status = ServiceStatus.DRAFT;

	@Column(name = "closed_until")
	private LocalDate closedUntil;

	@Embedded
	private Saturation saturation = Saturation.initial();

	@Column(name = "verification_months", nullable = false)
	private int verificationMonths = 6;

	@Column(name = "assured_at")
	private Instant assuredAt;

	@Column(name = "assured_by")
	private UUID assuredBy;

	@Column(name = "assured_by_name", length = 200)
	private String assuredByName;

	/** When the entry must be confirmed again: assured date plus the verification period. */
	@Column(name = "verify_by")
	private Instant verifyBy;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "dir_service_location", joinColumns = @JoinColumn(name = "service_id"),
			inverseJoinColumns = @JoinColumn(name = "location_id"))
	private Set<Location> locations = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "dir_liaison_question", joinColumns = @JoinColumn(name = "service_id"))
	@OrderColumn(name = "position")
	private List<LiaisonQuestion> liaisonForm = new ArrayList<>();

	@Column(length = 100)
	private String source;

	@Column(name = "external_id", length = 200)
	private String externalId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Service() {
	}

	public Service(UUID id, Organisation organisation, LocalizedText name, Instant now) {
		this.id = id == null ? UUID.randomUUID() : id;
		this.organisation = organisation;
		this.territoryId = organisation.getTerritoryId();
		this.name = name == null ? LocalizedText.empty() : name;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The entry is past its verification period (or was never assured). */
	public boolean isStale(Instant now) {
		return verifyBy == null || verifyBy.isBefore(now);
	}

	/** Someone confirms the entry is still accurate. */
	public void assure(UUID by, String byName, Instant now) {
		this.assuredAt = now;
		this.assuredBy = by;
		this.assuredByName = byName;
		this.verifyBy = computeVerifyBy();
	}

	private Instant computeVerifyBy() {
		return assuredAt == null ? null
				: assuredAt.atOffset(ZoneOffset.UTC).plusMonths(verificationMonths).toInstant();
	}

	public void setAgeRange(Integer minAge, Integer maxAge) {
		if ((minAge != null && (minAge < 0 || minAge > 130)) || (maxAge != null && (maxAge < 0 || maxAge > 130))) {
			throw new IllegalArgumentException("age out of range");
		}
		if (minAge != null && maxAge != null && minAge > maxAge) {
			throw new IllegalArgumentException("minimum age above maximum age");
		}
		this.minAge = minAge;
		this.maxAge = maxAge;
	}

	public void setVerificationMonths(int months) {
		if (!VERIFICATION_PERIODS.contains(months)) {
			throw new IllegalArgumentException("verification period must be 1, 3, 6 or 12 months");
		}
		this.verificationMonths = months;
		this.verifyBy = computeVerifyBy();
	}

	public void setStatus(ServiceStatus status, LocalDate closedUntil) {
		this.status = status;
		this.closedUntil = status == ServiceStatus.TEMPORARILY_CLOSED ? closedUntil : null;
	}

	public UUID getOrganisationId() {
		return organisation.getId();
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public LocalizedText getName() {
		return name == null ? LocalizedText.empty() : name;
	}

	public void setName(LocalizedText name) {
		this.name = name == null ? LocalizedText.empty() : name;
	}

	public LocalizedText getSummary() {
		return summary == null ? LocalizedText.empty() : summary;
	}

	public void setSummary(LocalizedText summary) {
		this.summary = summary == null ? LocalizedText.empty() : summary;
	}

	public LocalizedText getDescription() {
		return description == null ? LocalizedText.empty() : description;
	}

	public void setDescription(LocalizedText description) {
		this.description = description == null ? LocalizedText.empty() : description;
	}

	public Set<String> getNeeds() {
		return needs;
	}

	public void setNeeds(Set<String> needs) {
		this.needs = needs == null ? Set.of() : Set.copyOf(needs);
	}

	public Set<String> getServiceTypes() {
		return serviceTypes;
	}

	public void setServiceTypes(Set<String> serviceTypes) {
		this.serviceTypes = serviceTypes == null ? Set.of() : Set.copyOf(serviceTypes);
	}

	public Set<String> getPublics() {
		return publics;
	}

	public void setPublics(Set<String> publics) {
		this.publics = publics == null ? Set.of() : Set.copyOf(publics);
	}

	public boolean isPublicsReserved() {
		return publicsReserved;
	}

	public void setPublicsReserved(boolean publicsReserved) {
		this.publicsReserved = publicsReserved;
	}

	public Integer getMinAge() {
		return minAge;
	}

	public Integer getMaxAge() {
		return maxAge;
	}

	public boolean isZoneWholeTerritory() {
		return zoneWholeTerritory;
	}

	public void setZoneWholeTerritory(boolean zoneWholeTerritory) {
		this.zoneWholeTerritory = zoneWholeTerritory;
	}

	public Set<String> getZoneAreas() {
		return zoneAreas;
	}

	public void setZoneAreas(Set<String> zoneAreas) {
		this.zoneAreas = zoneAreas == null ? Set.of() : Set.copyOf(zoneAreas);
	}

	public Set<String> getPrerequisites() {
		return prerequisites;
	}

	public void setPrerequisites(Set<String> prerequisites) {
		this.prerequisites = prerequisites == null ? Set.of() : Set.copyOf(prerequisites);
	}

	public String getPrerequisitesOther() {
		return prerequisitesOther;
	}

	public void setPrerequisitesOther(String prerequisitesOther) {
		this.prerequisitesOther = prerequisitesOther;
	}

	public Set<String> getDocuments() {
		return documents;
	}

	public void setDocuments(Set<String> documents) {
		this.documents = documents == null ? Set.of() : Set.copyOf(documents);
	}

	public String getDocumentsOther() {
		return documentsOther;
	}

	public void setDocumentsOther(String documentsOther) {
		this.documentsOther = documentsOther;
	}

	public Boolean getFeesFree() {
		return feesFree;
	}

	public void setFeesFree(Boolean feesFree) {
		this.feesFree = feesFree;
	}

	public String getFeesDetails() {
		return feesDetails;
	}

	public void setFeesDetails(String feesDetails) {
		this.feesDetails = feesDetails;
	}

	public Set<String> getMobilisation() {
		return mobilisation;
	}

	public void setMobilisation(Set<String> mobilisation) {
		this.mobilisation = mobilisation == null ? Set.of() : Set.copyOf(mobilisation);
	}

	public Set<String> getMobilisers() {
		return mobilisers;
	}

	public void setMobilisers(Set<String> mobilisers) {
		this.mobilisers = mobilisers == null ? Set.of() : Set.copyOf(mobilisers);
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

	public Set<String> getReceptionModes() {
		return receptionModes;
	}

	public void setReceptionModes(Set<String> receptionModes) {
		this.receptionModes = receptionModes == null ? Set.of() : Set.copyOf(receptionModes);
	}

	public Set<String> getLanguages() {
		return languages;
	}

	public void setLanguages(Set<String> languages) {
		this.languages = languages == null ? Set.of() : Set.copyOf(languages);
	}

	public Set<String> getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(Set<String> accessibility) {
		this.accessibility = accessibility == null ? Set.of() : Set.copyOf(accessibility);
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

	public ServiceStatus getStatus() {
		return status;
	}

	public LocalDate getClosedUntil() {
		return closedUntil;
	}

	public Saturation getSaturation() {
		return saturation;
	}

	public void setSaturation(Saturation saturation) {
		this.saturation = saturation;
	}

	public int getVerificationMonths() {
		return verificationMonths;
	}

	public Instant getAssuredAt() {
		return assuredAt;
	}

	public UUID getAssuredBy() {
		return assuredBy;
	}

	public String getAssuredByName() {
		return assuredByName;
	}

	public Instant getVerifyBy() {
		return verifyBy;
	}

	public Set<Location> getLocations() {
		return locations;
	}

	public List<LiaisonQuestion> getLiaisonForm() {
		return liaisonForm;
	}

	public String getSource() {
		return source;
	}

	public String getExternalId() {
		return externalId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

	public void setLiaisonForm(List<LiaisonQuestion> questions) {
		this.liaisonForm.clear();
		this.liaisonForm.addAll(questions);
	}

	public void setExternal(String source, String externalId) {
		this.source = source;
		this.externalId = externalId;
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	/** The service's name in a language, falling back to any. */
	public String name(String language) {
		return getName().get(language, null);
	}

}
