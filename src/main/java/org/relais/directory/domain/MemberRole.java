package org.relais.directory.domain;

/** A partner user's role in their organisation. */
public enum MemberRole {
	ADMIN, MEMBER
}
