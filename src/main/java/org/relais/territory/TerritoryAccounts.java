package org.relais.territory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.platform.Role;

/**
 * What other modules may ask of the territory's accounts: invite someone with territory roles (the same invitation
 * flow and mail as the admin's invitation page; when the link is accepted, {@link InvitationAccepted} is published),
 * and know who the territory's admins are (to notify them).
 */
public interface TerritoryAccounts {

	/**
	 * Invites an email to the territory with these roles (territory roles only; an older open invitation of the same
	 * address is replaced).
	 * @param invitedByName the name shown in the mail as the inviter, or null
	 * @return the invitation's id, given back by {@link InvitationAccepted#invitationId()}
	 */
	UUID invite(UUID territoryId, String email, String displayName, Set<Role> roles, String language,
			String invitedByName);

	/** The enabled users holding the territory admin role in a territory. */
	List<UUID> territoryAdmins(UUID territoryId);

	/** The enabled users holding one of these roles in a territory (e.g. its agents and coordinators, to alert them). */
	List<UUID> membersWithRoles(UUID territoryId, Set<Role> roles);

}
