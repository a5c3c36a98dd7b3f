package org.relais.mutualaid.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A news item of an association of the territory, shown from its date of publication on. */
@Entity
@Table(name = "ma_news")
public class AssociationNews {

	public static final int MAX_TITLE = 200;

	public static final int MAX_BODY = 5000;

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(nullable = false, length = MAX_TITLE)
	private String title;

	@Column(nullable = false, length = MAX_BODY)
	private String body;

	@Column(name = "image_file_id")
	private UUID imageFileId;

	@Column(name = "published_on", nullable = false)
	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private NewsVisibility visibility;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected AssociationNews() {
	}

	AssociationNews(UUID territoryId, UUID organisationId, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.organisationId = organisationId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void change(String title, String body, LocalDate publishedOn, NewsVisibility visibility, Instant now) {
		this.title = title;
		this.body = body;
		this.publishedOn = publishedOn;
		this.visibility = visibility;
		this.updatedAt = now;
	}

	void image(UUID fileId) {
		this.imageFileId = fileId;
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

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public UUID getImageFileId() {
		return imageFileId;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public NewsVisibility getVisibility() {
		return visibility;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
