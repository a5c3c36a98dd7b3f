package org.relais.mutualaid.association.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The associations a partner acts for in mutual aid: the user's organisations of kind association in the current
 * territory (none: 404), and the one a page works on.
 */
@Component
public class AssociationChoice {

	private final MutualAidAccess access;

	private final DirectoryCatalog directory;

	AssociationChoice(MutualAidAccess access, DirectoryCatalog directory) {
		this.access = access;
		this.directory = directory;
	}

	/** The user's associations of the current territory, by name (at least one, or 404). */
	public List<OrganisationRef> associations(RelaisPrincipal me) {
		Set<UUID> ids = access.requirePartner(MutualAidAccess.ASSOCIATIONS);
		return ids.stream()
			.map(id -> directory.organisation(me.currentTerritoryId(), id, me.language()).orElse(null))
			.filter(o -> o != null)
			.sorted(Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The association asked for ({@code org}), else the user's first one; 404 for one that is not theirs. */
	public OrganisationRef chosen(RelaisPrincipal me, String org) {
		List<OrganisationRef> mine = associations(me);
		if (org == null || org.isBlank()) {
			return mine.get(0);
		}
		return mine.stream()
			.filter(o -> o.id().toString().equals(org.strip()))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("association", org));
	}

}
