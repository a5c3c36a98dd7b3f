package org.relais.shared;

/** How sensitive a piece of personal data is. The last three are special categories (GDPR art. 9). */
public enum DataCategory {

	/** Identity and contact: name, birth date, phone, email, address. */
	PERSONAL,
	/** Health-related needs and situations. */
	HEALTH,
	/** Receipt of social aid or social minima. */
	SOCIAL_AID,
	/** Migration process and residence status. */
	MIGRATION;

	public boolean isSensitive() {
		return this != PERSONAL;
	}

}
