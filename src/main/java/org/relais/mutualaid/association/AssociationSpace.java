package org.relais.mutualaid.association;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An association's part in mutual aid: whether it takes part and the action types it answers (its profile, written
 * on the first save), and its vouching for its members who are volunteers of the territory (a volunteer is vouched
 * for by one association at most; the association withdraws its vouching when it wants).
 */
@Service
@Transactional
public class AssociationSpace {

	private final AssociationProfileRepository profiles;

	private final VolunteerRepository volunteers;

	private final DirectoryCatalog directory;

	private final Clock clock;

	AssociationSpace(AssociationProfileRepository profiles, VolunteerRepository volunteers, DirectoryCatalog directory,
			Clock clock) {
		this.profiles = profiles;
		this.volunteers = volunteers;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<AssociationProfile> profile(UUID territoryId, UUID organisationId) {
		return profiles.findByOrganisationIdAndTerritoryId(organisationId, territoryId);
	}

	/** Saves the association's part (creating its profile the first time). */
	public AssociationProfile save(UUID territoryId, UUID organisationId, boolean active, Set<ActionType> types,
			UUID by) {
		if (active && types.isEmpty()) {
			throw new MutualAidException("actionTypes", "mutualaid.association.error.types");
		}
		AssociationProfile profile = profiles.findByOrganisationIdAndTerritoryId(organisationId, territoryId)
			.orElseGet(() -> profiles.save(new AssociationProfile(organisationId, territoryId, clock.instant())));
		profile.change(types, active, by, clock.instant());
		return profile;
	}

	/**
	 * The volunteers of the territory the association may vouch for: those whose account is an active member of the
	 * association, and those it vouches for already; by name.
	 */
	@Transactional(readOnly = true)
	public List<Volunteer> members(UUID territoryId, UUID organisationId) {
		Map<UUID, Volunteer> out = new LinkedHashMap<>();
		for (UUID user : directory.organisationMembers(organisationId)) {
			volunteers.findByTerritoryIdAndUserId(territoryId, user).ifPresent(v -> out.put(v.getId(), v));
		}
		for (Volunteer v : volunteers.findByVouchingOrganisationId(organisationId)) {
			if (territoryId.equals(v.getTerritoryId())) {
				out.put(v.getId(), v);
			}
		}
		List<Volunteer> list = new ArrayList<>(out.values());
		list.sort(java.util.Comparator.comparing(Volunteer::getLastName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(Volunteer::getFirstName, String.CASE_INSENSITIVE_ORDER));
		return list;
	}

	/** Vouches for one of {@link #members}; refused when another association vouches already. */
	public Volunteer vouch(UUID territoryId, UUID organisationId, UUID volunteerId) {
		Volunteer v = member(territoryId, organisationId, volunteerId);
		if (v.getVouchingOrganisationId() != null && !v.getVouchingOrganisationId().equals(organisationId)) {
			throw new MutualAidException("volunteer", "mutualaid.association.error.vouchedElsewhere",
					v.displayName());
		}
		v.vouch(organisationId, clock.instant());
		return v;
	}

	/** Withdraws the association's vouching (nothing when it does not vouch for the volunteer). */
	public Volunteer withdraw(UUID territoryId, UUID organisationId, UUID volunteerId) {
		Volunteer v = member(territoryId, organisationId, volunteerId);
		if (organisationId.equals(v.getVouchingOrganisationId())) {
			v.vouch(null, clock.instant());
		}
		return v;
	}

	private Volunteer member(UUID territoryId, UUID organisationId, UUID volunteerId) {
		return members(territoryId, organisationId).stream()
			.filter(v -> v.getId().equals(volunteerId))
			.findFirst()
			.orElseThrow(() -> new MutualAidException("volunteer", "mutualaid.association.error.notMember"));
	}

}
