package org.relais.notification.inbox;

import java.util.List;

import org.relais.platform.DashboardCard;
import org.relais.platform.DashboardContributor;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;

/** A card on every home page: how many notifications are unread, and the way to them. */
@Component
class InboxDashboard implements DashboardContributor {

	private final Inbox inbox;

	InboxDashboard(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public List<DashboardCard> cardsFor(RelaisPrincipal user) {
		long unread = inbox.unreadCount(user.userId());
		return List.of(new DashboardCard("notification.dashboard.title", "notification.unread", List.of(unread),
				"/notifications", "notification.dashboard.link"));
	}

}
