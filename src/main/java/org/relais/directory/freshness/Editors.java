package org.relais.directory.freshness;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who edits an organisation's entries, as far as freshness is concerned: its active members whose account is
 * enabled and who hold the partner role in the organisation's territory (the same people the partner space lets
 * edit). Territory admins may edit everything but are not mailed for every organisation.
 */
@Component
class Editors {

	private final OrganisationMemberRepository members;

	private final OrganisationRepository organisations;

	private final AccountDirectory accounts;

	Editors(OrganisationMemberRepository members, OrganisationRepository organisations, AccountDirectory accounts) {
		this.members = members;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	/** A lookup of accounts for one run, so that an editor of several organisations is read once. */
	Lookup lookup() {
		return new Lookup();
	}

	final class Lookup {

		private final Map<UUID, Optional<RelaisPrincipal>> seen = new HashMap<>();

		/** The editors of an organisation, by user id, in the order they joined. */
		Map<UUID, RelaisPrincipal> of(Organisation organisation) {
			Map<UUID, RelaisPrincipal> editors = new LinkedHashMap<>();
			for (OrganisationMember m : members.findByOrganisationIdAndStatus(organisation.getId(),
					MemberStatus.ACTIVE)) {
				account(m.getUserId()).filter(u -> edits(u, organisation)).ifPresent(u -> editors.put(u.userId(), u));
			}
			return editors;
		}

		Optional<RelaisPrincipal> account(UUID userId) {
			return seen.computeIfAbsent(userId, accounts::findById);
		}

	}

	/** The organisations the user edits today (any territory). */
	List<Organisation> organisationsOf(RelaisPrincipal user) {
		Collection<UUID> ids = members.findByUserIdAndStatus(user.userId(), MemberStatus.ACTIVE)
			.stream()
			.map(OrganisationMember::getOrganisationId)
			.toList();
		return organisations.findAllById(ids).stream().filter(o -> edits(user, o)).toList();
	}

	/** Whether the user edits the organisation's entries today. */
	boolean edits(RelaisPrincipal user, Organisation organisation) {
		return user.isEnabled() && user.membership(organisation.getTerritoryId())
			.map(m -> m.roles().contains(Role.PARTNER))
			.orElse(false)
				&& members.findByOrganisationIdAndUserId(organisation.getId(), user.userId())
					.filter(m -> m.getStatus() == MemberStatus.ACTIVE)
					.isPresent();
	}

}
