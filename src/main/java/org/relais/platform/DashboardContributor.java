package org.relais.platform;

import java.util.List;

/** Extension point: a module adds cards to the home page of the users it concerns. */
public interface DashboardContributor {

	List<DashboardCard> cardsFor(RelaisPrincipal user);

}
