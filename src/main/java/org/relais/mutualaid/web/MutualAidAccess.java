package org.relais.mutualaid.web;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works in mutual aid, checked on the server for every route (anything else is a 404, as if it did not exist):
 * the staff of the territory (agents, coordinators, admins) take and follow requests; coordinators and admins also
 * manage volunteers, documents and meetings; the admin sets the charter, proof types and settings; a volunteer sees
 * their own space (their {@link Volunteer} record of the current territory); a partner acts for its organisations
 * (an association answers requests and vouches for members; a health or social service signals needs).
 */
@Component("mutualAidAccess")
public class MutualAidAccess {

	private final DirectoryCatalog directory;

	private final VolunteerRepository volunteers;

	MutualAidAccess(DirectoryCatalog directory, VolunteerRepository volunteers) {
		this.directory = directory;
		this.volunteers = volunteers;
	}

	public static boolean isStaff(RelaisPrincipal me) {
		return me.currentTerritoryId() != null && me.hasAny(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN);
	}

	public static boolean isCoordinator(RelaisPrincipal me) {
		return me.currentTerritoryId() != null && me.hasAny(Role.COORDINATOR, Role.TERRITORY_ADMIN);
	}

	public static boolean isAdmin(RelaisPrincipal me) {
		return me.currentTerritoryId() != null && me.has(Role.TERRITORY_ADMIN);
	}

	/** The signed-in staff member (agent, coordinator, admin), or 404. */
	public static RelaisPrincipal requireStaff() {
		return require(MutualAidAccess::isStaff);
	}

	/** The signed-in coordinator or territory admin, or 404. */
	public static RelaisPrincipal requireCoordinator() {
		return require(MutualAidAccess::isCoordinator);
	}

	/** The signed-in territory admin, or 404. */
	public static RelaisPrincipal requireAdmin() {
		return require(MutualAidAccess::isAdmin);
	}

	private static RelaisPrincipal require(java.util.function.Predicate<RelaisPrincipal> allowed) {
		RelaisPrincipal me = CurrentUser.require();
		if (!allowed.test(me)) {
			throw NotFoundException.of("mutualaid", "route");
		}
		return me;
	}

	/** The signed-in user's volunteer record in the current territory, if they are one. */
	@Transactional(readOnly = true)
	public Optional<Volunteer> volunteer(RelaisPrincipal me) {
		if (me.currentTerritoryId() == null) {
			return Optional.empty();
		}
		return volunteers.findByTerritoryIdAndUserId(me.currentTerritoryId(), me.userId());
	}

	/** The signed-in user's volunteer record in the current territory, or 404. */
	public Volunteer requireVolunteer() {
		return volunteer(CurrentUser.require()).orElseThrow(() -> NotFoundException.of("mutualaid", "volunteer"));
	}

	/** The organisations of the current territory the user is an active member of. */
	public Set<UUID> partnerOrganisations(RelaisPrincipal me) {
		if (me.currentTerritoryId() == null || !me.has(Role.PARTNER)) {
			return Set.of();
		}
		return directory.memberOrganisations(me.userId())
			.stream()
			.filter(org -> directory.organisation(me.currentTerritoryId(), org, me.language()).isPresent())
			.collect(Collectors.toSet());
	}

	/** The user's organisations of the current territory whose kind is one of the given ones (e.g. ASSOCIATION). */
	public Set<UUID> partnerOrganisations(RelaisPrincipal me, Set<String> kinds) {
		return partnerOrganisations(me).stream()
			.filter(org -> directory.organisation(me.currentTerritoryId(), org, me.language())
				.map(OrganisationRef::kind)
				.filter(kinds::contains)
				.isPresent())
			.collect(Collectors.toSet());
	}

	/** The signed-in partner's organisations of those kinds (at least one), or 404. */
	public Set<UUID> requirePartner(Set<String> kinds) {
		Set<UUID> orgs = partnerOrganisations(CurrentUser.require(), kinds);
		if (orgs.isEmpty()) {
			throw NotFoundException.of("mutualaid", "route");
		}
		return orgs;
	}

	/** Organisation kinds that answer requests and vouch for volunteers. */
	public static final Set<String> ASSOCIATIONS = Set.of("ASSOCIATION");

	/** Organisation kinds that signal needs (home care, nursing services, hospital discharge, social services). */
	public static final Set<String> MEDICO_SOCIAL = Set.of("HEALTH", "SOCIAL_SERVICE");

	/** For templates: whether the current user sees the coordinator's tabs. */
	public boolean coordinator() {
		return CurrentUser.get().map(MutualAidAccess::isCoordinator).orElse(false);
	}

	/** For templates: whether the current user sees the admin tabs. */
	public boolean admin() {
		return CurrentUser.get().map(MutualAidAccess::isAdmin).orElse(false);
	}

}
