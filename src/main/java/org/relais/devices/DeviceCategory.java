package org.relais.devices;

import java.util.Set;

/**
 * How a device request is classified (Wir lernen weiter): it points to the kind of partner that judges the need.
 * Social-aid and migration categories are special categories of data (GDPR art. 9): shown to the roles
 * {@code SensitiveDataPolicy} allows.
 */
public enum DeviceCategory {

	SOCIAL_AID, WORK_INTEGRATION, MIGRATION, OTHER;

	/**
	 * The category suggested from a person's situations ({@code org.relais.people.Situations} codes), which the
	 * agent confirms: migration first (it decides the partner), then social aid, then work integration.
	 */
	public static DeviceCategory suggest(Set<String> situations) {
		if (situations == null) {
			return OTHER;
		}
		if (situations.contains("personnes-exilees")) {
			return MIGRATION;
		}
		if (situations.contains("beneficiaires-des-minimas-sociaux")) {
			return SOCIAL_AID;
		}
		if (situations.contains("demandeurs-emploi")) {
			return WORK_INTEGRATION;
		}
		return OTHER;
	}

}
