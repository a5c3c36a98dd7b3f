package org.relais.directory.domain;

/** What kind of body an organisation is. */
public enum OrganisationKind {
	ASSOCIATION, PUBLIC_SERVICE, SOCIAL_SERVICE, DIGITAL_SPACE, EMPLOYMENT_SERVICE, HEALTH, OTHER
}
