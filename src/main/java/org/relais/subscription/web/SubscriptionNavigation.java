package org.relais.subscription.web;

import java.util.ArrayList;
import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/** Menu entries: the subscription (territory admin), the communication kit (admin, coordinators), the platform rate. */
@Component
class SubscriptionNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (user.currentTerritoryId() != null && user.has(Role.TERRITORY_ADMIN)) {
			items.add(new NavItem("subscription.nav.subscription", "/admin/subscription", 910));
		}
		if (user.currentTerritoryId() != null && user.hasAny(Role.TERRITORY_ADMIN, Role.COORDINATOR)) {
			items.add(new NavItem("kit.nav.kit", "/admin/kit", 912));
		}
		if (user.has(Role.PLATFORM_ADMIN)) {
			items.add(new NavItem("subscription.nav.platform", "/platform/subscription", 955));
		}
		return items;
	}

}
