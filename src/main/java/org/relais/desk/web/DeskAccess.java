package org.relais.desk.web;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;

/** Who works at the desk: agents, coordinators and territory admins of the current territory. Anyone else: 404. */
final class DeskAccess {

	private DeskAccess() {
	}

	static RelaisPrincipal requireStaff() {
		RelaisPrincipal me = CurrentUser.require();
		if (!mayWork(me)) {
			throw NotFoundException.of("desk", "route");
		}
		return me;
	}

	static boolean mayWork(RelaisPrincipal me) {
		return me.currentTerritoryId() != null && me.hasAny(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN);
	}

}
