package org.relais.platform;

import java.util.Set;

import org.relais.shared.DataCategory;

/**
 * Who may see which category of personal data. Sensitive categories (health, social aid, migration) are for
 * the territory's social workers and admins only; partners and volunteers see identity and contact fields of
 * people they work with, never the special categories.
 */
public final class SensitiveDataPolicy {

	private SensitiveDataPolicy() {
	}

	public static boolean maySee(Set<Role> roles, DataCategory category) {
		if (!category.isSensitive()) {
			return !roles.isEmpty();
		}
		return roles.contains(Role.AGENT) || roles.contains(Role.TERRITORY_ADMIN);
	}

	public static boolean maySee(DataCategory category) {
		return CurrentUser.get().map(p -> maySee(p.roles(), category)).orElse(false);
	}

}
