package org.relais.devices.web;

import java.util.ArrayList;
import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;

/**
 * "Devices" in the menu: the programme's requests, stock, donations, shipments and dashboard for the staff (tabs,
 * {@code templates/devices/tabs.html}); the partner's device requests and parcels; the programme's settings and
 * routing rules for the territory admin.
 */
@Component
class DevicesNavigation implements NavigationContributor {

	private final DevicesAccess access;

	DevicesNavigation(DevicesAccess access) {
		this.access = access;
	}

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (DevicesAccess.isStaff(user)) {
			items.add(new NavItem("devices.nav.staff", "/devices/requests", 170));
		}
		else if (user.currentTerritoryId() != null && access.isPartner(user)) {
			items.add(new NavItem("devices.nav.partner", "/partner/devices", 220));
		}
		if (DevicesAccess.isAdmin(user)) {
			items.add(new NavItem("devices.nav.admin", "/admin/devices/settings", 875));
		}
		return items;
	}

}
