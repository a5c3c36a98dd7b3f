package org.relais.agenda.poll;

import java.util.List;

import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;

/** The polls entry, for anybody with a role in the current territory (they may make polls and be invited). */
@Component
class PollNavigation implements NavigationContributor {

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		boolean member = user.currentMembership().map(m -> !m.roles().isEmpty()).orElse(false);
		return member ? List.of(new NavItem("agenda.poll.nav", "/agenda/polls", 320)) : List.of();
	}

}
