package org.relais.referral.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/** A note an agent writes in a person's pathway. */
@PersonalDataRetention("deleted with the person (erasure) or when the person is anonymised after inactivity")
@Entity
@Table(name = "ref_pathway_note")
public class PathwayNote {

	public static final int MAX_LENGTH = 2000;

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "beneficiary_id", nullable = false)
	private UUID beneficiaryId;

	@PersonalData
	@Column(nullable = false, length = MAX_LENGTH)
	private String body;

	@Column(name = "author_id")
	private UUID authorId;

	@Column(name = "author_name", length = 200)
	private String authorName;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PathwayNote() {
	}

	public PathwayNote(UUID territoryId, UUID beneficiaryId, String body, UUID authorId, String authorName,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.beneficiaryId = beneficiaryId;
		this.body = body;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getBeneficiaryId() {
		return beneficiaryId;
	}

	public String getBody() {
		return body;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
