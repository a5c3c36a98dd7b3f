package org.relais.directory.domain;

/** A request to join an organisation waits for its admin or the territory admin. */
public enum MemberStatus {
	PENDING, ACTIVE, REJECTED
}
