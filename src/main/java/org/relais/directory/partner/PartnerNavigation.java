package org.relais.directory.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.DirectoryAccess;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.platform.DashboardCard;
import org.relais.platform.DashboardContributor;
import org.relais.platform.NavItem;
import org.relais.platform.NavigationContributor;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner space in the main navigation (partners, and agents and territory admins who enter organisations),
 * the partner's card on the home page (their services, how many are full and how many to verify), and the
 * territory admin's entry to the validation page.
 */
@Component
class PartnerNavigation implements NavigationContributor, DashboardContributor {

	private final DirectoryAccess access;

	private final OrganisationMemberRepository members;

	private final OrganisationRepository organisations;

	private final ServiceRepository services;

	private final Clock clock;

	private final PartnerWork work;

	PartnerNavigation(DirectoryAccess access, OrganisationMemberRepository members,
			OrganisationRepository organisations, ServiceRepository services, Clock clock, PartnerWork work) {
		this.work = work;
		this.access = access;
		this.members = members;
		this.organisations = organisations;
		this.services = services;
		this.clock = clock;
	}

	@Override
	public List<NavItem> itemsFor(RelaisPrincipal user) {
		List<NavItem> items = new ArrayList<>();
		if (access.mayUsePartnerSpace(user)) {
			items.add(new NavItem("directory.nav.partner", "/partner", 300));
		}
		if (user.currentTerritoryId() != null && user.has(Role.TERRITORY_ADMIN)) {
			items.add(new NavItem("directory.admin.nav", "/admin/directory/organisations", 895));
		}
		return items;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DashboardCard> cardsFor(RelaisPrincipal user) {
		if (user.currentTerritoryId() == null || !user.has(Role.PARTNER)) {
			return List.of();
		}
		List<java.util.UUID> ids = members.findByUserIdAndStatus(user.userId(), MemberStatus.ACTIVE)
			.stream()
			.map(OrganisationMember::getOrganisationId)
			.filter(id -> organisations.findByIdAndTerritoryId(id, user.currentTerritoryId()).isPresent())
			.toList();
		int total = 0;
		int full = 0;
		int stale = 0;
		Instant now = clock.instant();
		for (java.util.UUID id : ids) {
			for (Service s : work.servicesOf(id)) {
				total++;
				if (s.getSaturation().level() == SaturationLevel.FULL) {
					full++;
				}
				if (PartnerController.toVerify(s, now)) {
					stale++;
				}
			}
		}
		return List.of(new DashboardCard("directory.partner.card.title", "directory.partner.card.body",
				List.of(ids.size(), total, full, stale), "/partner", "directory.partner.card.link"));
	}

}
