package org.relais.mutualaid.charter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A volunteer's explicit acceptance of one charter version, in the language they read it in, and when. */
@Entity
@Table(name = "ma_charter_signature")
public class CharterSignature {

	@Id
	private UUID id;

	@Column(name = "volunteer_id", nullable = false)
	private UUID volunteerId;

	@Column(name = "charter_id", nullable = false)
	private UUID charterId;

	@Column(name = "version_number", nullable = false)
	private int versionNumber;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(name = "signed_at", nullable = false)
	private Instant signedAt;

	protected CharterSignature() {
	}

	public CharterSignature(UUID volunteerId, Charter charter, String language, Instant now) {
		this.id = UUID.randomUUID();
		this.volunteerId = volunteerId;
		this.charterId = charter.getId();
		this.versionNumber = charter.getVersionNumber();
		this.language = language;
		this.signedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getVolunteerId() {
		return volunteerId;
	}

	public UUID getCharterId() {
		return charterId;
	}

	public int getVersionNumber() {
		return versionNumber;
	}

	public String getLanguage() {
		return language;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

}
