package org.relais.platform;

/** Roles a user holds in one territory, plus the instance-wide {@link #PLATFORM_ADMIN}. */
public enum Role {

	TERRITORY_ADMIN, AGENT, PARTNER, VOLUNTEER, COORDINATOR, PLATFORM_ADMIN;

	/** Roles that can be granted inside a territory. */
	public static final java.util.List<Role> TERRITORY_ROLES = java.util.List.of(TERRITORY_ADMIN, AGENT, PARTNER,
			VOLUNTEER, COORDINATOR);

	public String authority() {
		return "ROLE_" + name();
	}

	/** Staff roles: those a territory may require two-factor authentication for. */
	public boolean isStaff() {
		return this == TERRITORY_ADMIN || this == AGENT || this == COORDINATOR || this == PLATFORM_ADMIN;
	}

	/** Roles for which two-factor authentication is always required. */
	public boolean alwaysRequiresTwoFactor() {
		return this == TERRITORY_ADMIN || this == PLATFORM_ADMIN;
	}

}
