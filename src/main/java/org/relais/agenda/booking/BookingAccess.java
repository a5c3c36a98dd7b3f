package org.relais.agenda.booking;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with appointments, checked on the server for every staff route. Staff (agents, coordinators,
 * territory admins of the current territory) see every schedule and book for known people; an organisation's
 * members (partners) see and handle their own organisations' appointments; schedules are defined by territory admins
 * and by the organisation's members. Anything else is a 404, as for a resource that does not exist.
 */
@Component
class BookingAccess {

	private final DirectoryCatalog directory;

	BookingAccess(DirectoryCatalog directory) {
		this.directory = directory;
	}

	static boolean isStaff(RelaisPrincipal me) {
		return me.hasAny(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN);
	}

	/** The signed-in user, when they work with appointments in their current territory at all. */
	RelaisPrincipal require() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null || !(isStaff(me) || isPartnerMember(me))) {
			throw NotFoundException.of("appointments", "route");
		}
		return me;
	}

	/** The signed-in staff member (who books for known people). */
	RelaisPrincipal requireStaff() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null || !isStaff(me)) {
			throw NotFoundException.of("appointments", "route");
		}
		return me;
	}

	private boolean isPartnerMember(RelaisPrincipal me) {
		return me.has(Role.PARTNER) && !directory.memberOrganisations(me.userId()).isEmpty();
	}

	/** Sees and handles the appointments of this organisation (changes their state). */
	boolean mayHandle(RelaisPrincipal me, UUID organisationId) {
		return isStaff(me) || isMember(me, organisationId);
	}

	/** Defines the schedules of this organisation and their closed dates. */
	boolean mayManage(RelaisPrincipal me, UUID organisationId) {
		return me.has(Role.TERRITORY_ADMIN) || isMember(me, organisationId);
	}

	void requireHandle(RelaisPrincipal me, UUID organisationId) {
		if (!mayHandle(me, organisationId)) {
			throw NotFoundException.of("organisation", organisationId);
		}
	}

	void requireManage(RelaisPrincipal me, UUID organisationId) {
		if (!mayManage(me, organisationId)) {
			throw NotFoundException.of("organisation", organisationId);
		}
	}

	private boolean isMember(RelaisPrincipal me, UUID organisationId) {
		return me.has(Role.PARTNER) && directory.memberOrganisations(me.userId()).contains(organisationId);
	}

	/** The organisations of the current territory for which this user may define schedules. */
	List<OrganisationRef> manageable(RelaisPrincipal me, String language) {
		List<OrganisationRef> all = directory.organisations(me.currentTerritoryId(), language);
		if (me.has(Role.TERRITORY_ADMIN)) {
			return all;
		}
		Set<UUID> own = me.has(Role.PARTNER) ? directory.memberOrganisations(me.userId()) : Set.of();
		return all.stream().filter(o -> own.contains(o.id())).toList();
	}

	/** The organisations of the current territory whose appointments this user may list. */
	List<OrganisationRef> handled(RelaisPrincipal me, String language) {
		List<OrganisationRef> all = directory.organisations(me.currentTerritoryId(), language);
		if (isStaff(me)) {
			return all;
		}
		Set<UUID> own = directory.memberOrganisations(me.userId());
		return all.stream().filter(o -> own.contains(o.id())).toList();
	}

}
