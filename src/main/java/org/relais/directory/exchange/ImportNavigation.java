package org.relais.directory.exchange;

import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/** The imports page in the territory admin's navigation. */
@Component
class ImportNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		return user.has(Role.TERRITORY_ADMIN) ? List.of(new NavItem("directory.imports.nav", "/admin/directory/imports", 910))
				: List.of();
	}

}
