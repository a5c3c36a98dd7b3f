package org.relais.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The index by need gives the services offering any asked need, once each, in the snapshot's order. */
class NeedIndexTest {

	private static ServiceEligibility service(String name, String... needs) {
		return new ServiceEligibility(UUID.randomUUID(), UUID.randomUUID(), Map.of("fr", name), "Org", Set.of(needs),
				Set.of(), false, null, null, true, Set.of(), Set.of(), Set.of(), null, false, null, null, List.of());
	}

	@Test
	void servicesOfferingAnyNeedComeOnceInTheirOrder() {
		ServiceEligibility food = service("food", "a--food");
		ServiceEligibility both = service("both", "a--food", "b--digital");
		ServiceEligibility digital = service("digital", "b--digital");
		ServiceEligibility other = service("other", "c--housing");
		NeedIndex index = NeedIndex.of(List.of(food, both, digital, other));
		assertThat(index.offering(Set.of("a--food"))).containsExactly(food, both);
		assertThat(index.offering(Set.of("a--food", "b--digital"))).containsExactlyInAnyOrder(food, both, digital)
			.doesNotHaveDuplicates();
		assertThat(index.offering(Set.of("z--unknown"))).isEmpty();
		assertThat(index.offering(Set.of("z--unknown", "c--housing"))).containsExactly(other);
	}

}
