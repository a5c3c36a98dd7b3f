package org.relais.subscription.web;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;

/** Who sees what of the subscription and the kit, checked on the server for every route (else 404). */
final class SubscriptionAccess {

	private SubscriptionAccess() {
	}

	/** The territory admin of the current territory. */
	static RelaisPrincipal requireAdmin() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null || !me.has(Role.TERRITORY_ADMIN)) {
			throw NotFoundException.of("subscription", "route");
		}
		return me;
	}

	/** The territory admin or a coordinator of the current territory (the kit). */
	static RelaisPrincipal requireKitEditor() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null || !me.hasAny(Role.TERRITORY_ADMIN, Role.COORDINATOR)) {
			throw NotFoundException.of("kit", "route");
		}
		return me;
	}

	/** The platform admin. */
	static RelaisPrincipal requirePlatformAdmin() {
		RelaisPrincipal me = CurrentUser.require();
		if (!me.has(Role.PLATFORM_ADMIN)) {
			throw NotFoundException.of("subscription", "route");
		}
		return me;
	}

}
