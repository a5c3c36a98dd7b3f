package org.relais.directory.domain;

import java.util.List;
import java.util.UUID;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may edit which directory entries. Active members of an organisation edit it, its services and locations;
 * the territory admin edits every entry of the territory; partners, agents and territory admins may create
 * organisations. Entries of another territory, or of an organisation the user may not edit, are answered with
 * a 404 so that their existence does not leak.
 */
@Component
@Transactional(readOnly = true)
public class DirectoryAccess {

	private final OrganisationRepository organisations;

	private final OrganisationMemberRepository members;

	private final ServiceRepository services;

	private final LocationRepository locations;

	public DirectoryAccess(OrganisationRepository organisations, OrganisationMemberRepository members,
			ServiceRepository services, LocationRepository locations) {
		this.organisations = organisations;
		this.members = members;
		this.services = services;
		this.locations = locations;
	}

	/** Partners, agents and territory admins have a partner space; others get a 403. */
	public void requirePartnerSpace(RelaisPrincipal user) {
		if (!mayUsePartnerSpace(user)) {
			throw new AccessDeniedException("no partner space");
		}
	}

	public boolean mayUsePartnerSpace(RelaisPrincipal user) {
		return user.currentTerritoryId() != null && user.hasAny(Role.PARTNER, Role.AGENT, Role.TERRITORY_ADMIN);
	}

	/** Partners register their organisation; agents and territory admins enter organisations for others. */
	public boolean mayCreateOrganisation(RelaisPrincipal user) {
		return mayUsePartnerSpace(user);
	}

	public boolean isTerritoryAdmin(RelaisPrincipal user) {
		return user.has(Role.TERRITORY_ADMIN);
	}

	/** Whether the user may edit the organisation (and its services and locations). */
	public boolean mayEdit(RelaisPrincipal user, Organisation organisation) {
		if (!organisation.getTerritoryId().equals(user.currentTerritoryId())) {
			return false;
		}
		if (isTerritoryAdmin(user)) {
			return true;
		}
		return user.has(Role.PARTNER) && members.findByOrganisationIdAndUserId(organisation.getId(), user.userId())
			.filter(m -> m.getStatus() == MemberStatus.ACTIVE)
			.isPresent();
	}

	/** Whether the user decides on the organisation's join requests: its active admins and the territory admin. */
	public boolean mayManageMembers(RelaisPrincipal user, Organisation organisation) {
		if (!organisation.getTerritoryId().equals(user.currentTerritoryId())) {
			return false;
		}
		if (isTerritoryAdmin(user)) {
			return true;
		}
		return user.has(Role.PARTNER) && members.findByOrganisationIdAndUserId(organisation.getId(), user.userId())
			.filter(m -> m.getStatus() == MemberStatus.ACTIVE && m.getRole() == MemberRole.ADMIN)
			.isPresent();
	}

	/** The organisations the user edits in the current territory, by name. */
	public List<Organisation> editableOrganisations(RelaisPrincipal user) {
		UUID territory = user.currentTerritoryId();
		if (territory == null) {
			return List.of();
		}
		if (isTerritoryAdmin(user)) {
			return organisations.findByTerritoryIdOrderByNameFr(territory);
		}
		if (!user.has(Role.PARTNER)) {
			return List.of();
		}
		List<UUID> ids = members.findByUserIdAndStatus(user.userId(), MemberStatus.ACTIVE)
			.stream()
			.map(OrganisationMember::getOrganisationId)
			.toList();
		return organisations.findAllById(ids)
			.stream()
			.filter(o -> o.getTerritoryId().equals(territory))
			.sorted(java.util.Comparator.comparing(o -> o.getName() == null ? "" : String.valueOf(o.name("fr"))))
			.toList();
	}

	/** An organisation of the current territory the user may edit, else 404. */
	public Organisation organisation(RelaisPrincipal user, UUID id) {
		Organisation o = inTerritory(id);
		if (!mayEdit(user, o)) {
			throw NotFoundException.of("organisation", id);
		}
		return o;
	}

	/** An organisation of the current territory, whoever may edit it, else 404. */
	public Organisation inTerritory(UUID id) {
		UUID territory = CurrentUser.territoryId();
		return organisations.findByIdAndTerritoryId(id, territory)
			.orElseThrow(() -> NotFoundException.of("organisation", id));
	}

	/** A service the user may edit, else 404. */
	public Service service(RelaisPrincipal user, UUID id) {
		UUID territory = CurrentUser.territoryId();
		Service s = services.findByIdAndTerritoryId(id, territory)
			.orElseThrow(() -> NotFoundException.of("service", id));
		if (!mayEdit(user, s.getOrganisation())) {
			throw NotFoundException.of("service", id);
		}
		return s;
	}

	/** A location the user may edit, else 404. */
	public Location location(RelaisPrincipal user, UUID id) {
		UUID territory = CurrentUser.territoryId();
		Location l = locations.findByIdAndTerritoryId(id, territory)
			.orElseThrow(() -> NotFoundException.of("location", id));
		Organisation o = organisations.findById(l.getOrganisationId())
			.orElseThrow(() -> NotFoundException.of("location", id));
		if (!mayEdit(user, o)) {
			throw NotFoundException.of("location", id);
		}
		return l;
	}

}
