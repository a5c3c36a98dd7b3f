package org.relais.agenda.booking;

import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.directory.DirectoryCatalog;
import org.springframework.stereotype.Component;

/** "Appointments" for the staff of a territory and for the members of an organisation. */
@Component
class BookingNavigation implements NavigationContributor {

	private final DirectoryCatalog directory;

	BookingNavigation(DirectoryCatalog directory) {
		this.directory = directory;
	}

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		if (user.currentTerritoryId() != null && (BookingAccess.isStaff(user)
				|| (user.has(Role.PARTNER) && !directory.memberOrganisations(user.userId()).isEmpty()))) {
			return List.of(new NavItem("agenda.booking.nav", "/agenda/appointments", 260));
		}
		return List.of();
	}

}
