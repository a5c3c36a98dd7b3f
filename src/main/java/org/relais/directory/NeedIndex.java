package org.relais.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The eligibility records of a territory by need, built once per snapshot: matching reads the few thousand
 * services that offer one of the asked needs instead of scanning every service (ADR 004).
 */
public final class NeedIndex {

	private final Map<String, List<ServiceEligibility>> byNeed;

	private NeedIndex(Map<String, List<ServiceEligibility>> byNeed) {
		this.byNeed = byNeed;
	}

	public static NeedIndex of(Collection<ServiceEligibility> services) {
		Map<String, List<ServiceEligibility>> byNeed = new HashMap<>();
		for (ServiceEligibility s : services) {
			for (String need : s.needs()) {
				byNeed.computeIfAbsent(need, n -> new ArrayList<>()).add(s);
			}
		}
		byNeed.replaceAll((n, list) -> List.copyOf(list));
		return new NeedIndex(Map.copyOf(byNeed));
	}

	/** The services offering at least one of these needs, each once, in the order of the records given. */
	public List<ServiceEligibility> offering(Set<String> needs) {
		if (needs.size() == 1) {
			return byNeed.getOrDefault(needs.iterator().next(), List.of());
		}
		Set<ServiceEligibility> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<ServiceEligibility> out = new ArrayList<>();
		for (String need : needs) {
			for (ServiceEligibility s : byNeed.getOrDefault(need, List.of())) {
				if (seen.add(s)) {
					out.add(s);
				}
			}
		}
		return out;
	}

}
