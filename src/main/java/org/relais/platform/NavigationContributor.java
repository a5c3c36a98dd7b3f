package org.relais.platform;

import java.util.List;

/** Extension point: a module adds entries to the main navigation of the users it concerns. */
public interface NavigationContributor {

	List<NavItem> itemsFor(RelaisPrincipal user);

}
