package org.relais.territory.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.platform.Role;
import org.relais.territory.TerritoryAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The territory's accounts as other modules see them (see {@link TerritoryAccounts}). */
@Service
class AccountInvitations implements TerritoryAccounts {

	private final Invitations invitations;

	private final MembershipRepository memberships;

	private final UserAccountRepository users;

	AccountInvitations(Invitations invitations, MembershipRepository memberships, UserAccountRepository users) {
		this.invitations = invitations;
		this.memberships = memberships;
		this.users = users;
	}

	@Override
	@Transactional
	public UUID invite(UUID territoryId, String email, String displayName, Set<Role> roles, String language,
			String invitedByName) {
		return invitations.invite(territoryId, email, displayName, roles, language, null, invitedByName);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> territoryAdmins(UUID territoryId) {
		return memberships.findByTerritoryId(territoryId)
			.stream()
			.filter(m -> m.getRole() == Role.TERRITORY_ADMIN)
			.map(Membership::getUserId)
			.distinct()
			.filter(id -> users.findById(id).map(UserAccount::isEnabled).orElse(false))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> membersWithRoles(UUID territoryId, Set<Role> roles) {
		return memberships.findByTerritoryId(territoryId)
			.stream()
			.filter(m -> roles.contains(m.getRole()))
			.map(Membership::getUserId)
			.distinct()
			.filter(id -> users.findById(id).map(UserAccount::isEnabled).orElse(false))
			.toList();
	}

}
