package org.relais.directory.domain;

/** A new organisation waits for the territory admin's validation before its services can be published. */
public enum OrganisationStatus {
	PENDING, ACTIVE, REJECTED, ARCHIVED
}
