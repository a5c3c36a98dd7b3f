package org.relais.devices.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.devices.DeviceCategory;
import org.relais.devices.routing.RoutingProposal.AreaMatch;
import org.relais.devices.routing.RoutingProposal.Candidate;
import org.relais.devices.routing.RoutingProposal.Place;
import org.relais.devices.routing.RoutingProposal.Rule;

/** The proposal rule: category × area × load, declined and full organisations left out. */
class RoutingProposalTest {

	static final UUID A = UUID.randomUUID();

	static final UUID B = UUID.randomUUID();

	static final UUID C = UUID.randomUUID();

	static final Place OERLIKON = new Place("261", "8050");

	static Rule everywhere(UUID id, String name, DeviceCategory category, int capacity, long open) {
		return new Rule(id, name, Set.of(category), true, Set.of(), Set.of(), capacity, open, true);
	}

	static Rule in(UUID id, String name, DeviceCategory category, Set<String> communes, Set<String> postal,
			int capacity, long open) {
		return new Rule(id, name, Set.of(category), false, communes, postal, capacity, open, true);
	}

	static List<UUID> ids(List<Candidate> candidates) {
		return candidates.stream().map(Candidate::organisationId).toList();
	}

	@Test
	void onlyRulesOfTheCategoryAreCandidates() {
		List<Candidate> ranked = RoutingProposal.rank(DeviceCategory.SOCIAL_AID, OERLIKON,
				List.of(everywhere(A, "Sozialzentrum", DeviceCategory.SOCIAL_AID, 10, 0),
						everywhere(B, "RAV", DeviceCategory.WORK_INTEGRATION, 10, 0)),
				Set.of());
		assertThat(ids(ranked)).containsExactly(A);
		assertThat(ranked.get(0).areaMatch()).isEqualTo(AreaMatch.TERRITORY);
	}

	@Test
	void anAreaRuleTakesThePersonsCommuneOrPostalCodeOnly() {
		Rule oerlikon = in(A, "Nord", DeviceCategory.OTHER, Set.of("261"), Set.of(), 10, 0);
		Rule byPostal = in(B, "Post", DeviceCategory.OTHER, Set.of(), Set.of("8050"), 10, 0);
		Rule winterthur = in(C, "Winterthur", DeviceCategory.OTHER, Set.of("230"), Set.of("8400"), 10, 0);
		List<Candidate> ranked = RoutingProposal.rank(DeviceCategory.OTHER, OERLIKON,
				List.of(oerlikon, byPostal, winterthur), Set.of());
		assertThat(ids(ranked)).containsExactlyInAnyOrder(A, B);
		assertThat(ranked).allMatch(c -> c.areaMatch() == AreaMatch.AREA);
		assertThat(RoutingProposal.rank(DeviceCategory.OTHER, new Place(null, "8400"),
				List.of(oerlikon, byPostal, winterthur), Set.of()))
			.extracting(Candidate::organisationId)
			.containsExactly(C);
	}

	@Test
	void anUnknownPlaceMatchesOnTheCategoryAlone() {
		List<Candidate> ranked = RoutingProposal.rank(DeviceCategory.OTHER, new Place(" ", null),
				List.of(in(A, "Nord", DeviceCategory.OTHER, Set.of("261"), Set.of(), 10, 0)), Set.of());
		assertThat(ranked).extracting(Candidate::areaMatch).containsExactly(AreaMatch.UNKNOWN);
	}

	@Test
	void theLightestLoadComesFirstThenTheName() {
		List<Candidate> ranked = RoutingProposal.rank(DeviceCategory.MIGRATION, OERLIKON,
				List.of(everywhere(A, "Zeta", DeviceCategory.MIGRATION, 10, 5),
						everywhere(B, "beta", DeviceCategory.MIGRATION, 4, 1),
						everywhere(C, "Alpha", DeviceCategory.MIGRATION, 8, 2)),
				Set.of());
		// 1/4 = 2/8 < 5/10: the two at a quarter by name (case aside), then the half-full one
		assertThat(ids(ranked)).containsExactly(C, B, A);
	}

	@Test
	void declinedAndFullOrganisationsAndInactiveRulesAreLeftOut() {
		Rule inactive = new Rule(C, "Inactive", Set.of(DeviceCategory.OTHER), true, Set.of(), Set.of(), 10, 0, false);
		List<Candidate> ranked = RoutingProposal.rank(DeviceCategory.OTHER, OERLIKON,
				List.of(everywhere(A, "Declined", DeviceCategory.OTHER, 10, 0),
						everywhere(B, "Full", DeviceCategory.OTHER, 3, 3), inactive),
				Set.of(A));
		assertThat(ranked).isEmpty();
		assertThat(ids(RoutingProposal.rank(DeviceCategory.OTHER, OERLIKON,
				List.of(everywhere(A, "Declined", DeviceCategory.OTHER, 10, 0)), Set.of())))
			.containsExactly(A);
	}

}
