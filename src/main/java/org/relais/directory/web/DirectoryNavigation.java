package org.relais.directory.web;

import java.util.ArrayList;
import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The directory in the main navigation of everybody working in a territory; the vocabulary's extra terms for the
 * platform admin.
 */
@Component
class DirectoryNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (user.currentTerritoryId() != null) {
			items.add(new NavItem("directory.nav.directory", "/directory", 100));
		}
		if (user.has(Role.PLATFORM_ADMIN)) {
			items.add(new NavItem("directory.nav.terms", "/platform/directory/terms", 960));
		}
		return items;
	}

}
