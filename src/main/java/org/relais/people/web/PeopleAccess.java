package org.relais.people.web;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;

/**
 * Who works with people's records: the agents, coordinators and territory admins of the current territory. Partners
 * and volunteers see people only through the referrals they receive: for them every /people route is a 404.
 */
final class PeopleAccess {

	private PeopleAccess() {
	}

	static RelaisPrincipal requireStaff() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null || !mayWork(me)) {
			throw NotFoundException.of("people", "route");
		}
		return me;
	}

	static boolean mayWork(RelaisPrincipal me) {
		return me.hasAny(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN);
	}

	/** A local path to go back to: starts with one slash, no scheme, no backslash; anything else is dropped. */
	static String safeNext(String next) {
		if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
				|| next.contains("\r") || next.contains("\n") || next.length() > 500) {
			return null;
		}
		return next;
	}

}
