package org.relais.mutualaid.charter;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * One published version of a territory's volunteer charter, with its text in each of the territory's languages.
 * Never changed once published: a change is a new version, which every volunteer must sign before taking new
 * actions.
 */
@Entity
@Table(name = "ma_charter")
public class Charter {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "version_number", nullable = false)
	private int versionNumber;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "published_by")
	private UUID publishedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ma_charter_text", joinColumns = @JoinColumn(name = "charter_id"))
	@MapKeyColumn(name = "language", length = 8)
	@Column(name = "body", nullable = false, columnDefinition = "text")
	private Map<String, String> texts = new HashMap<>();

	protected Charter() {
	}

	public Charter(UUID territoryId, int versionNumber, Map<String, String> texts, UUID publishedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.versionNumber = versionNumber;
		this.texts = new HashMap<>(texts);
		this.publishedBy = publishedBy;
		this.publishedAt = now;
	}

	/** The text in a language, else in the given fallback language, else any. */
	public String text(String language, String fallback) {
		String t = texts.get(language);
		if (t == null) {
			t = texts.get(fallback);
		}
		return t != null ? t : texts.values().stream().findFirst().orElse("");
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public int getVersionNumber() {
		return versionNumber;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public UUID getPublishedBy() {
		return publishedBy;
	}

	public Map<String, String> getTexts() {
		return Map.copyOf(texts);
	}

}
