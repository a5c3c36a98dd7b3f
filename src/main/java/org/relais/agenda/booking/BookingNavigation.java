package org.relais.agenda.booking;

import org.relais.directory.DirectoryCatalog;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Whether the agenda's tabs show "Appointments" to the signed-in user: the staff of a territory and the members of
 * an organisation (the agenda has one navigation entry; polls, appointments and the feed are its tabs).
 */
@Component("bookingNavigation")
public class BookingNavigation {

	private final DirectoryCatalog directory;

	BookingNavigation(DirectoryCatalog directory) {
		this.directory = directory;
	}

	public boolean visible() {
		RelaisPrincipal user = CurrentUser.get().orElse(null);
		return user != null && user.currentTerritoryId() != null && (BookingAccess.isStaff(user)
				|| (user.has(Role.PARTNER) && !directory.memberOrganisations(user.userId()).isEmpty()));
	}

}
