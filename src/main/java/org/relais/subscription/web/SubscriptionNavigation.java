package org.relais.subscription.web;

import java.util.ArrayList;
import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Menu entries: the subscription and the communication kit (territory admin; coordinators reach the kit from the
 * volunteer meetings page, their menu keeps no admin entry), the platform rate (platform admin).
 */
@Component
class SubscriptionNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (user.currentTerritoryId() != null && user.has(Role.TERRITORY_ADMIN)) {
			items.add(new NavItem("subscription.nav.subscription", "/admin/subscription", 913));
			items.add(new NavItem("kit.nav.kit", "/admin/kit", 914));
		}
		if (user.has(Role.PLATFORM_ADMIN)) {
			items.add(new NavItem("subscription.nav.platform", "/platform/subscription", 955));
		}
		return items;
	}

}
