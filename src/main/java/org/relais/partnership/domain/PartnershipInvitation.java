package org.relais.partnership.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * An invitation issued when a partnership became active: once the invited person accepts it, they become an admin
 * member of the new organisation.
 */
@PersonalDataRetention("deleted with its request (PartnershipRetention)")
@Entity
@Table(name = "pts_invitation")
public class PartnershipInvitation {

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "invitation_id", nullable = false)
	private UUID invitationId;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@PersonalData
	@Column(nullable = false, length = 254)
	private String email;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	protected PartnershipInvitation() {
	}

	PartnershipInvitation(UUID requestId, UUID invitationId, UUID organisationId, String email) {
		this.id = UUID.randomUUID();
		this.requestId = requestId;
		this.invitationId = invitationId;
		this.organisationId = organisationId;
		this.email = email;
	}

	public UUID getRequestId() {
		return requestId;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getEmail() {
		return email;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	void accepted(Instant now) {
		this.acceptedAt = now;
	}

}
