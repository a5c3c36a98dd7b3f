package org.relais.directory.freshness;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.relais.platform.DashboardCard;
import org.relais.platform.DashboardContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The territory admin's home page card: how many services are due for verification, and the campaigns. */
@Component
class FreshnessDashboard implements DashboardContributor {

	private final EntityManager em;

	private final Clock clock;

	FreshnessDashboard(EntityManager em, Clock clock) {
		this.em = em;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DashboardCard> cardsFor(RelaisPrincipal user) {
		if (user.currentTerritoryId() == null || !user.has(Role.TERRITORY_ADMIN)) {
			return List.of();
		}
		Long total = em
			.createQuery("select count(s) from Service s where s.territoryId = :t and s.status in :statuses",
					Long.class)
			.setParameter("t", user.currentTerritoryId())
			.setParameter("statuses", MonthlyReminders.VISIBLE)
			.getSingleResult();
		Long stale = em
			.createQuery("select count(s) from Service s where s.territoryId = :t and s.status in :statuses"
					+ " and (s.verifyBy is null or s.verifyBy < :now)", Long.class)
			.setParameter("t", user.currentTerritoryId())
			.setParameter("statuses", MonthlyReminders.VISIBLE)
			.setParameter("now", clock.instant())
			.getSingleResult();
		return List.of(new DashboardCard("directory.freshness.card.title", "directory.freshness.card.body",
				List.of(stale, total), "/admin/directory/campaigns", "directory.freshness.card.link"));
	}

}
