package org.relais.referral;

/** How a completed referral ended for the person (labels: {@code referral.outcome.CODE}); UNRESOLVED needs a reason. */
public enum Outcome {

	RESOLVED, UNRESOLVED

}
