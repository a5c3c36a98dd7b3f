package org.relais.referral;

/** Why a service ranks where it does (labels: {@code referral.rank.CODE}). */
public enum RankReason {

	/** It answers every need asked. */
	ALL_NEEDS,
	/** It answers some of the needs asked. */
	SOME_NEEDS,
	/** Within 5 km. */
	NEAR,
	/** It offers remote reception to a person who accepts it. */
	REMOTE_POSSIBLE,
	/** Open at the requested time, or now. */
	OPEN,
	/** Opens within 48 hours. */
	OPENS_SOON,
	/** Places available. */
	AVAILABLE,
	/** Few places left. */
	LIMITED,
	/** Its information was confirmed within its verification period. */
	VERIFIED

}
