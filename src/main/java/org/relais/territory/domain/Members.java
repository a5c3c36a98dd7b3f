package org.relais.territory.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.relais.territory.MembershipChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The territory admin's management of the people who work in the territory. */
@Service
public class Members {

	private final MembershipRepository memberships;

	private final UserAccountRepository users;

	private final TerritoryRepository territories;

	private final PersonalDataAccessLog reads;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	Members(MembershipRepository memberships, UserAccountRepository users, TerritoryRepository territories,
			PersonalDataAccessLog reads, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.memberships = memberships;
		this.users = users;
		this.territories = territories;
		this.reads = reads;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** A member of a territory as listed for its admin. */
	public record Member(UUID userId, String email, String displayName, Set<Role> roles, boolean enabled,
			boolean twoFactor, Instant lastLoginAt, boolean onlyHere) {
	}

	@Transactional(readOnly = true)
	public List<Member> list(UUID territoryId) {
		Map<UUID, Set<Role>> roles = new LinkedHashMap<>();
		for (Membership m : memberships.findByTerritoryId(territoryId)) {
			roles.computeIfAbsent(m.getUserId(), k -> EnumSet.noneOf(Role.class)).add(m.getRole());
		}
		List<Member> list = new ArrayList<>();
		for (UserAccount u : users.findAllById(roles.keySet())) {
			list.add(toMember(u, roles.get(u.getId()), territoryId));
		}
		list.sort(Comparator.comparing(Member::displayName, String.CASE_INSENSITIVE_ORDER));
		return list;
	}

	/** One member's record; the read is written to the personal-data access log. */
	@Transactional(readOnly = true)
	public Member get(UUID territoryId, UUID userId) {
		Set<Role> roles = roles(territoryId, userId);
		UserAccount user = users.findById(userId).orElseThrow(() -> NotFoundException.of("member", userId));
		reads.recordRead("user", userId, "member-profile");
		return toMember(user, roles, territoryId);
	}

	@Transactional
	public void changeRoles(UUID territoryId, UUID userId, Set<Role> wanted, UUID actingUserId) {
		Set<Role> current = roles(territoryId, userId);
		Set<Role> next = EnumSet.noneOf(Role.class);
		next.addAll(wanted);
		next.retainAll(Role.TERRITORY_ROLES);
		if (next.isEmpty()) {
			throw new InvalidInput("roles", "territory.members.rolesRequired");
		}
		if (current.contains(Role.TERRITORY_ADMIN) && !next.contains(Role.TERRITORY_ADMIN)
				&& memberships.countByTerritoryIdAndRole(territoryId, Role.TERRITORY_ADMIN) <= 1) {
			throw new InvalidInput("roles", "territory.members.lastAdmin");
		}
		if (userId.equals(actingUserId) && !next.contains(Role.TERRITORY_ADMIN)) {
			throw new InvalidInput("roles", "territory.members.ownAdminRole");
		}
		memberships.deleteByUserIdAndTerritoryId(userId, territoryId);
		memberships.flush();
		Instant now = clock.instant();
		for (Role r : next) {
			memberships.save(new Membership(userId, territoryId, r, now));
		}
		UserAccount user = users.findById(userId).orElseThrow();
		// Roles changed: sessions of that user pick them up at their next sign-in; end them now.
		user.changePassword(user.getPasswordHash());
		audit.record(AuditAction.ROLES_CHANGED, user.getEmail(), current + " -> " + next);
		events.publishEvent(new MembershipChanged(userId, territoryId, territoryName(territoryId, user),
				next.stream().map(Role::name).collect(Collectors.toSet()), user.isEnabled()));
	}

	/** Disables an account that works only in this territory; its sessions end at once. */
	@Transactional
	public void disable(UUID territoryId, UUID userId, UUID actingUserId) {
		Set<Role> roles = roles(territoryId, userId);
		if (userId.equals(actingUserId)) {
			throw new InvalidInput("account", "territory.members.cannotDisableSelf");
		}
		if (!onlyHere(userId, territoryId)) {
			throw new InvalidInput("account", "territory.members.elsewhere");
		}
		UserAccount user = users.findById(userId).orElseThrow();
		user.disable();
		audit.record(AuditAction.ACCOUNT_DISABLED, user.getEmail(), null);
		events.publishEvent(new MembershipChanged(userId, territoryId, territoryName(territoryId, user),
				roles.stream().map(Role::name).collect(Collectors.toSet()), false));
	}

	@Transactional
	public void enable(UUID territoryId, UUID userId) {
		roles(territoryId, userId);
		if (!onlyHere(userId, territoryId)) {
			throw new InvalidInput("account", "territory.members.elsewhere");
		}
		UserAccount user = users.findById(userId).orElseThrow();
		user.enable();
		audit.record(AuditAction.ACCOUNT_ENABLED, user.getEmail(), null);
		events.publishEvent(new MembershipChanged(userId, territoryId, territoryName(territoryId, user),
				roles(territoryId, userId).stream().map(Role::name).collect(Collectors.toSet()), true));
	}

	/** The roles of a member of this territory; anybody else is unknown here (404). */
	private Set<Role> roles(UUID territoryId, UUID userId) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		memberships.findByUserIdAndTerritoryId(userId, territoryId).forEach(m -> roles.add(m.getRole()));
		if (roles.isEmpty()) {
			throw NotFoundException.of("member", userId);
		}
		return roles;
	}

	private boolean onlyHere(UUID userId, UUID territoryId) {
		return memberships.findByUserId(userId).stream().allMatch(m -> m.getTerritoryId().equals(territoryId));
	}

	private String territoryName(UUID territoryId, UserAccount user) {
		return territories.findById(territoryId).map(t -> t.name(user.getLanguage())).orElse("");
	}

	private Member toMember(UserAccount u, Set<Role> roles, UUID territoryId) {
		return new Member(u.getId(), u.getEmail(), u.getDisplayName(), roles, u.isEnabled(), u.isTotpEnabled(),
				u.getLastLoginAt(), onlyHere(u.getId(), territoryId));
	}

}
