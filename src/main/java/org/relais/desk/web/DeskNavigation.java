package org.relais.desk.web;

import java.util.List;

import org.relais.desk.domain.DeskRequests;
import org.relais.platform.DashboardCard;
import org.relais.platform.DashboardContributor;
import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;

/** "Desk" in the menu and a home card with the open and overdue requests, for the people who work at the desk. */
@Component
class DeskNavigation implements NavigationContributor, DashboardContributor {

	private final DeskRequests requests;

	DeskNavigation(DeskRequests requests) {
		this.requests = requests;
	}

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		return DeskAccess.mayWork(user) ? List.of(new NavItem("desk.nav.desk", "/desk", 110)) : List.of();
	}

	@Override
	public List<DashboardCard> cardsFor(RelaisPrincipal user) {
		if (!DeskAccess.mayWork(user)) {
			return List.of();
		}
		long open = requests.openCount(user.currentTerritoryId());
		long overdue = requests.overdueCount(user.currentTerritoryId());
		return List.of(new DashboardCard("desk.card.title", "desk.card.body", List.of(open, overdue), "/desk/queue",
				"desk.card.link"));
	}

}
