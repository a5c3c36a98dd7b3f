package org.relais.directory.web;

import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;

/** The directory in the main navigation of everybody working in a territory. */
@Component
class DirectoryNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		return user.currentTerritoryId() == null ? List.of() : List.of(new NavItem("directory.nav.directory", "/directory", 100));
	}

}
