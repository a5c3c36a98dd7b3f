package org.relais.people.web;

import java.util.ArrayList;
import java.util.List;

import org.relais.platform.DashboardCard;
import org.relais.platform.DashboardContributor;
import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/** "People" in the menu and a home card for the agents, coordinators and admins; the rights page for admins. */
@Component
class PeopleNavigation implements NavigationContributor, DashboardContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (user.currentTerritoryId() != null && PeopleAccess.mayWork(user)) {
			items.add(new NavItem("people.nav.people", "/people", 120));
		}
		if (user.currentTerritoryId() != null && user.has(Role.TERRITORY_ADMIN)) {
			items.add(new NavItem("people.nav.admin", "/admin/people", 930));
		}
		return items;
	}

	@Override
	public List<DashboardCard> cardsFor(RelaisPrincipal user) {
		if (user.currentTerritoryId() == null || !PeopleAccess.mayWork(user)) {
			return List.of();
		}
		return List.of(new DashboardCard("people.card.title", "people.card.body", List.of(), "/people",
				"people.card.link"));
	}

}
