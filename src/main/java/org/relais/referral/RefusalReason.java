package org.relais.referral;

/**
 * Why a receiving organisation refuses a referral (labels: {@code referral.refusal.CODE}); {@link #OTHER} needs a
 * message.
 */
public enum RefusalReason {

	UNREACHABLE, DID_NOT_COME, NOT_ELIGIBLE, FULL, DUPLICATE, NO_LONGER_INTERESTED, OTHER

}
