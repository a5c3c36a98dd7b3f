package org.relais.partnership.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.partnership.PartnershipStatus;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/** One change of a partnership request's status: who (null for the applicant), when, and the note given. */
@PersonalDataRetention("deleted with its request (PartnershipRetention)")
@Entity
@Table(name = "pts_step")
public class PartnershipStep {

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 24)
	private PartnershipStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 24)
	private PartnershipStatus to;

	@Column(name = "by_user")
	private UUID byUser;

	@PersonalData
	@Column(name = "by_name", length = 200)
	private String byName;

	@Column(length = 4000)
	private String note;

	@Column(nullable = false)
	private Instant at;

	protected PartnershipStep() {
	}

	PartnershipStep(UUID requestId, PartnershipStatus from, PartnershipStatus to, UUID byUser, String byName,
			String note, Instant at) {
		this.id = UUID.randomUUID();
		this.requestId = requestId;
		this.from = from;
		this.to = to;
		this.byUser = byUser;
		this.byName = byName;
		this.note = note;
		this.at = at;
	}

	public UUID getId() {
		return id;
	}

	public PartnershipStatus getFrom() {
		return from;
	}

	public PartnershipStatus getTo() {
		return to;
	}

	public String getByName() {
		return byName;
	}

	public String getNote() {
		return note;
	}

	public Instant getAt() {
		return at;
	}

}
