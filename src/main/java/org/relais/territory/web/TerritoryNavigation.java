package org.relais.territory.web;

import java.util.ArrayList;
import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/** Navigation entries of the territory module. */
@Component
class TerritoryNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (user.currentTerritoryId() != null) {
			items.add(new NavItem("territory.nav.territory", "/territory", 800));
		}
		if (user.has(Role.TERRITORY_ADMIN)) {
			items.add(new NavItem("territory.nav.members", "/admin/users", 900));
			items.add(new NavItem("territory.nav.settings", "/admin/territory", 905));
		}
		if (user.has(Role.PLATFORM_ADMIN)) {
			items.add(new NavItem("territory.nav.platform", "/platform/territories", 950));
		}
		items.add(new NavItem("territory.nav.account", "/account", 990));
		return items;
	}

}
