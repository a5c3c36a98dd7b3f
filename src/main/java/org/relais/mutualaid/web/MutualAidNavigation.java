package org.relais.mutualaid.web;

import java.util.ArrayList;
import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;

/**
 * "Mutual aid" in the menu: requests, volunteers, meetings and statistics for the staff (tabs,
 * {@code templates/mutualaid/tabs.html}); the volunteer's own space; an association's or a medico-social partner's
 * page; the settings, charter and proof types for the territory admin.
 */
@Component
class MutualAidNavigation implements NavigationContributor {

	private final MutualAidAccess access;

	MutualAidNavigation(MutualAidAccess access) {
		this.access = access;
	}

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (user.currentTerritoryId() == null) {
			return items;
		}
		if (MutualAidAccess.isStaff(user)) {
			items.add(new NavItem("mutualaid.nav.staff", "/mutualaid/requests", 175));
		}
		if (access.volunteer(user).isPresent()) {
			items.add(new NavItem("mutualaid.nav.volunteer", "/volunteer", 120));
		}
		if (!access.partnerOrganisations(user, MutualAidAccess.ASSOCIATIONS).isEmpty()) {
			items.add(new NavItem("mutualaid.nav.association", "/partner/mutualaid/association", 225));
		}
		else if (!access.partnerOrganisations(user, MutualAidAccess.MEDICO_SOCIAL).isEmpty()) {
			items.add(new NavItem("mutualaid.nav.signal", "/partner/mutualaid/signal", 225));
		}
		if (MutualAidAccess.isAdmin(user)) {
			items.add(new NavItem("mutualaid.nav.admin", "/admin/mutualaid/settings", 880));
		}
		return items;
	}

}
