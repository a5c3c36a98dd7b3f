package org.relais.devices.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.directory.DirectoryCatalog;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who works in the device programme: the staff of the territory (agents, coordinators, admins) see requests, stock
 * and shipments; a partner sees only what was routed or shipped to its own organisations of the current territory.
 * Anything else is a 404, as if it did not exist.
 */
@Component("devicesAccess")
public class DevicesAccess {

	private final DirectoryCatalog directory;

	DevicesAccess(DirectoryCatalog directory) {
		this.directory = directory;
	}

	public static boolean isStaff(RelaisPrincipal me) {
		return me.currentTerritoryId() != null && me.hasAny(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN);
	}

	public static boolean isAdmin(RelaisPrincipal me) {
		return me.currentTerritoryId() != null && me.has(Role.TERRITORY_ADMIN);
	}

	/** The signed-in staff member, or 404. */
	public static RelaisPrincipal requireStaff() {
		RelaisPrincipal me = CurrentUser.require();
		if (!isStaff(me)) {
			throw NotFoundException.of("devices", "route");
		}
		return me;
	}

	/** The signed-in territory admin, or 404. */
	public static RelaisPrincipal requireAdmin() {
		RelaisPrincipal me = CurrentUser.require();
		if (!isAdmin(me)) {
			throw NotFoundException.of("devices", "route");
		}
		return me;
	}

	/** The organisations of the current territory the user is an active member of. */
	public Set<UUID> partnerOrganisations(RelaisPrincipal me) {
		if (me.currentTerritoryId() == null) {
			return Set.of();
		}
		return directory.memberOrganisations(me.userId())
			.stream()
			.filter(org -> directory.organisation(me.currentTerritoryId(), org, me.language()).isPresent())
			.collect(Collectors.toSet());
	}

	/** Whether the user acts for at least one organisation of the current territory (the partner's device pages). */
	public boolean isPartner(RelaisPrincipal me) {
		return me.has(Role.PARTNER) && !partnerOrganisations(me).isEmpty();
	}

	/** The signed-in partner's organisations (at least one), or 404. */
	public Set<UUID> requirePartner() {
		RelaisPrincipal me = CurrentUser.require();
		Set<UUID> orgs = me.has(Role.PARTNER) ? partnerOrganisations(me) : Set.of();
		if (orgs.isEmpty()) {
			throw NotFoundException.of("devices", "route");
		}
		return orgs;
	}

	/** For templates: whether the current user sees the admin tabs. */
	public boolean admin() {
		return CurrentUser.get().map(DevicesAccess::isAdmin).orElse(false);
	}

}
