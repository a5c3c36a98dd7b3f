package org.relais.agenda.web;

import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;

/** The shared agenda in the main navigation of everybody with a role in the current territory. */
@Component
class AgendaNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		if (user.currentTerritoryId() == null || user.currentMembership().isEmpty()) {
			return List.of();
		}
		return List.of(new NavItem("agenda.view.nav", "/agenda", 160));
	}

}
