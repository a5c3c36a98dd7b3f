package org.relais.referral.web;

import java.util.ArrayList;
import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/** "Orientation" for those who match people to services; unmet needs for territory admins and coordinators. */
@Component
class OrientationNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (user.currentTerritoryId() != null && user.hasAny(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN)) {
			items.add(new NavItem("referral.match.nav", "/orientation", 150));
		}
		if (user.currentTerritoryId() != null && user.hasAny(Role.COORDINATOR, Role.TERRITORY_ADMIN)) {
			items.add(new NavItem("referral.unmet.nav", "/admin/unmet-needs", 890));
		}
		return items;
	}

}
