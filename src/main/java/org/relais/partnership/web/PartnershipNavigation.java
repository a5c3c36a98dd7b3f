package org.relais.partnership.web;

import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/** "Partnership requests" in the territory admin's menu. */
@Component
class PartnershipNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		if (user.currentTerritoryId() != null && user.has(Role.TERRITORY_ADMIN)) {
			return List.of(new NavItem("partnership.nav.admin", "/admin/partnerships", 897));
		}
		return List.of();
	}

}
