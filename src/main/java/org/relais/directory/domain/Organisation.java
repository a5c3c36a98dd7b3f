package org.relais.directory.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partner organisation (HSDS {@code organization}): association, public service, social service, EPN… */
@Entity
@Table(name = "dir_organisation")
public class Organisation {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "name_fr", length = 300)),
			@AttributeOverride(name = "de", column = @Column(name = "name_de", length = 300)),
			@AttributeOverride(name = "it", column = @Column(name = "name_it", length = 300)),
			@AttributeOverride(name = "en", column = @Column(name = "name_en", length = 300)) })
	private LocalizedText name = LocalizedText.empty();

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "fr", column = @Column(name = "description_fr", length = 8000)),
			@AttributeOverride(name = "de", column = @Column(name = "description_de", length = 8000)),
			@AttributeOverride(name = "it", column = @Column(name = "description_it", length = 8000)),
			@AttributeOverride(name = "en", column = @Column(name = "description_en", length = 8000)) })
	private LocalizedText description = LocalizedText.empty();

	/** SIRET, RNA, Swiss UID (CHE-…), Belgian BCE number. */
	@Column(name = "legal_id", length = 40)
	private String legalId;

	@Column(name = "legal_id_scheme", length = 16)
	private String legalIdScheme;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private OrganisationKind kind = OrganisationKind.OTHER;

	@Column(name = "parent_id")
	private UUID parentId;

	@Column(name = "logo_file_id")
	private UUID logoFileId;

	@Column(length = 500)
	private String website;

	@Column(length = 254)
	private String email;

	@Column(length = 40)
	private String phone;

	/** Other territories the organisation works in (ids), besides its home territory. */
	@Convert(converter = CodeSetConverter.class)
	@Column(name = "work_territories", length = 2000)
	private Set<String> workTerritories = Set.of();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OrganisationStatus status = OrganisationStatus.PENDING;

	/** Where an imported entry came from (e.g. {@code hsds:file.json}, {@code data-inclusion:soliguide}). */
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

	protected Organisation() {
	}

	public Organisation(UUID id, UUID territoryId, LocalizedText name, Instant now) {
		this.id = id == null ? UUID.randomUUID() : id;
		this.territoryId = territoryId;
		this.name = name;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public LocalizedText getName() {
		return name == null ? LocalizedText.empty() : name;
	}

	public void setName(LocalizedText name) {
		this.name = name;
	}

	public LocalizedText getDescription() {
		return description == null ? LocalizedText.empty() : description;
	}

	public void setDescription(LocalizedText description) {
		this.description = description == null ? LocalizedText.empty() : description;
	}

	public String getLegalId() {
		return legalId;
	}

	public void setLegalId(String legalId) {
		this.legalId = legalId;
	}

	public String getLegalIdScheme() {
		return legalIdScheme;
	}

	public void setLegalIdScheme(String legalIdScheme) {
		this.legalIdScheme = legalIdScheme;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public UUID getParentId() {
		return parentId;
	}

	public void setParentId(UUID parentId) {
		this.parentId = parentId;
	}

	public UUID getLogoFileId() {
		return logoFileId;
	}

	public void setLogoFileId(UUID logoFileId) {
		this.logoFileId = logoFileId;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
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

	public Set<String> getWorkTerritories() {
		return workTerritories;
	}

	public void setWorkTerritories(Set<String> workTerritories) {
		this.workTerritories = Set.copyOf(workTerritories);
	}

	public OrganisationStatus getStatus() {
		return status;
	}

	public void setStatus(OrganisationStatus status) {
		this.status = status;
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

	public Instant getCreatedAt() {
		return createdAt;
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

	/** The organisation's name in a language, falling back to any. */
	public String name(String language) {
		return getName().get(language, null);
	}

}
