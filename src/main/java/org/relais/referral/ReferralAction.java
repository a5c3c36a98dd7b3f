package org.relais.referral;

/**
 * A move of a referral asked by one of its sides: the receiving organisation accepts, refuses (with a reason),
 * puts on its waiting list or completes it (with an outcome); the sender withdraws it.
 */
public record ReferralAction(Kind kind, RefusalReason refusalReason, Outcome outcome, String message) {

	public enum Kind {

		ACCEPT, REFUSE, WAITLIST, COMPLETE, WITHDRAW;

		/** Whether the receiving organisation takes this action (else the sender side). */
		public boolean byReceiver() {
			return this != WITHDRAW;
		}

	}

	public static ReferralAction accept(String message) {
		return new ReferralAction(Kind.ACCEPT, null, null, message);
	}

	public static ReferralAction refuse(RefusalReason reason, String message) {
		return new ReferralAction(Kind.REFUSE, reason, null, message);
	}

	public static ReferralAction waitlist(String message) {
		return new ReferralAction(Kind.WAITLIST, null, null, message);
	}

	public static ReferralAction complete(Outcome outcome, String message) {
		return new ReferralAction(Kind.COMPLETE, null, outcome, message);
	}

	public static ReferralAction withdraw(String message) {
		return new ReferralAction(Kind.WITHDRAW, null, null, message);
	}

}
