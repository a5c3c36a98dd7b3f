package org.relais.referral.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.referral.ReferralStatus;
import org.relais.referral.ReferralTransitionView;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/** One line of a referral's history: from, to, who, when, why. */
@Entity
@Table(name = "ref_referral_transition")
@PersonalDataRetention("messages blanked when the person is anonymised, deleted with the referral when the person "
		+ "is erased (Referrals.clearPersonalTexts / deleteForPerson)")
public class ReferralTransition {

	@Id
	private UUID id;

	@Column(name = "referral_id", nullable = false)
	private UUID referralId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 16)
	private ReferralStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 16)
	private ReferralStatus toStatus;

	@Column(name = "actor_id")
	private UUID actorId;

	@Column(name = "actor_name", length = 200)
	private String actorName;

	@Column(name = "reason_code", length = 32)
	private String reasonCode;

	@PersonalData
	@Column(length = Referral.MAX_MESSAGE)
	private String message;

	@Column(nullable = false)
	private Instant at;

	protected ReferralTransition() {
	}

	ReferralTransition(UUID referralId, ReferralStatus from, ReferralStatus to, UUID actorId, String actorName,
			String reasonCode, String message, Instant at) {
		this.id = UUID.randomUUID();
		this.referralId = referralId;
		this.fromStatus = from;
		this.toStatus = to;
		this.actorId = actorId;
		this.actorName = actorName;
		this.reasonCode = reasonCode;
		this.message = message;
		this.at = at;
	}

	public void clearMessage() {
		this.message = null;
	}

	public ReferralTransitionView view() {
		return new ReferralTransitionView(id, referralId, fromStatus, toStatus, actorId, actorName, reasonCode, message,
				at);
	}

	public UUID getId() {
		return id;
	}

	public UUID getReferralId() {
		return referralId;
	}

	public ReferralStatus getFromStatus() {
		return fromStatus;
	}

	public ReferralStatus getToStatus() {
		return toStatus;
	}

	public UUID getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public String getReasonCode() {
		return reasonCode;
	}

	public String getMessage() {
		return message;
	}

	public Instant getAt() {
		return at;
	}

}
