package org.relais.directory.domain;

/** The life of a service entry; only PUBLISHED and TEMPORARILY_CLOSED ones are shown outside the organisation. */
public enum ServiceStatus {
	DRAFT, PUBLISHED, TEMPORARILY_CLOSED, ARCHIVED;

	public boolean visible() {
		return this == PUBLISHED || this == TEMPORARILY_CLOSED;
	}
}
