package org.relais.referral;

/**
 * A referral action that cannot be done: not from the referral's current state, or missing what it needs (a
 * message for "other", a reason for "unresolved"). {@link #messageKey()} says why in the reader's language;
 * {@link #field()} names the form field it concerns, or null.
 */
public final class ReferralActionRefused extends RuntimeException {

	private final String messageKey;

	private final String field;

	private ReferralActionRefused(String messageKey, String field) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.field = field;
	}

	public static ReferralActionRefused notFrom(ReferralStatus status) {
		return new ReferralActionRefused("referral.referral.error.notFrom." + status.name(), null);
	}

	public static ReferralActionRefused refusalReasonRequired() {
		return new ReferralActionRefused("referral.refusal.error.reasonRequired", "refusalReason");
	}

	public static ReferralActionRefused messageRequired() {
		return new ReferralActionRefused("referral.refusal.error.messageRequired", "message");
	}

	public static ReferralActionRefused outcomeRequired() {
		return new ReferralActionRefused("referral.outcome.error.required", "outcome");
	}

	public static ReferralActionRefused outcomeReasonRequired() {
		return new ReferralActionRefused("referral.outcome.error.reasonRequired", "message");
	}

	public static ReferralActionRefused messageTooLong() {
		return new ReferralActionRefused("referral.referral.error.messageTooLong", "message");
	}

	public static ReferralActionRefused consentRequired() {
		return new ReferralActionRefused("referral.referral.error.consentRequired", "consent");
	}

	public static ReferralActionRefused justificationRequired() {
		return new ReferralActionRefused("referral.referral.error.justificationRequired", "justification");
	}

	public static ReferralActionRefused answersInvalid() {
		return new ReferralActionRefused("referral.referral.error.answers", null);
	}

	public static ReferralActionRefused notYourSide() {
		return new ReferralActionRefused("referral.referral.error.notYourSide", null);
	}

	public String messageKey() {
		return messageKey;
	}

	public String field() {
		return field;
	}

}
