package org.relais.referral.partner;

import java.util.ArrayList;
import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/** The referral inbox for partners and the territory's staff; the referral settings for territory admins. */
@Component
class ReferralNavigation implements NavigationContributor {

	private final ReferralInbox inbox;

	ReferralNavigation(ReferralInbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (!inbox.tabs(user).isEmpty()) {
			items.add(new NavItem("referral.inbox.nav", "/referrals", 210));
		}
		if (user.currentTerritoryId() != null && user.has(Role.TERRITORY_ADMIN)) {
			items.add(new NavItem("referral.settings.nav", "/admin/referrals/settings", 870));
		}
		return items;
	}

}
