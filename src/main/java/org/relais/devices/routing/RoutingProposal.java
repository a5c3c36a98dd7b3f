package org.relais.devices.routing;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.devices.DeviceCategory;

/**
 * Which partner Relais proposes for a device request (Wir lernen weiter: the category points to the partner): the
 * active rules that take the request's category and cover the person's place (a commune code or a postal code of
 * the rule's areas; a rule without areas covers the whole territory; a person whose place is unknown is matched on
 * the category alone), minus the organisations that already declined this request and those at capacity; ranked by
 * load (open requests over capacity, the lightest first), then by name. Pure: no database, no clock.
 */
public final class RoutingProposal {

	private RoutingProposal() {
	}

	/**
	 * A routing rule as the proposal reads it.
	 * @param communeCodes the commune and area codes the rule's areas cover (with their sub-areas)
	 * @param postalCodes the postal codes of those areas
	 * @param wholeTerritory the rule has no areas
	 * @param open the organisation's open requests now
	 */
	public record Rule(UUID organisationId, String organisationName, Set<DeviceCategory> categories,
			boolean wholeTerritory, Set<String> communeCodes, Set<String> postalCodes, int capacity, long open,
			boolean active) {

		public Rule {
			categories = Set.copyOf(categories);
			communeCodes = communeCodes == null ? Set.of() : Set.copyOf(communeCodes);
			postalCodes = postalCodes == null ? Set.of() : Set.copyOf(postalCodes);
		}

	}

	/** Where the person lives, as far as known (both may be null). */
	public record Place(String communeCode, String postalCode) {

		public boolean known() {
			return !blank(communeCode) || !blank(postalCode);
		}

	}

	/** How a candidate was matched on the place. */
	public enum AreaMatch {

		/** The rule covers the whole territory. */
		TERRITORY,
		/** One of the rule's areas holds the person's commune or postal code. */
		AREA,
		/** The person's place is not known: matched on the category only. */
		UNKNOWN

	}

	/** An organisation that may take the request, with what the reason in words is built from. */
	public record Candidate(UUID organisationId, String organisationName, AreaMatch areaMatch, long open,
			int capacity) {
	}

	/** The candidates, best first; empty when no organisation may take the request. */
	public static List<Candidate> rank(DeviceCategory category, Place place, Collection<Rule> rules,
			Set<UUID> declined) {
		return rules.stream()
			.filter(Rule::active)
			.filter(r -> r.categories().contains(category))
			.filter(r -> declined == null || !declined.contains(r.organisationId()))
			.filter(r -> r.open() < r.capacity())
			.map(r -> {
				AreaMatch match = match(r, place);
				return match == null ? null
						: new Candidate(r.organisationId(), r.organisationName(), match, r.open(), r.capacity());
			})
			.filter(c -> c != null)
			.sorted(BY_LOAD.thenComparing(Candidate::organisationName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(c -> c.organisationId().toString()))
			.toList();
	}

	/** Lighter load first: open/capacity compared without rounding. */
	private static final Comparator<Candidate> BY_LOAD = (a, b) -> Long.compare(a.open() * b.capacity(),
			b.open() * a.capacity());

	private static AreaMatch match(Rule rule, Place place) {
		if (rule.wholeTerritory()) {
			return AreaMatch.TERRITORY;
		}
		if (place == null || !place.known()) {
			return AreaMatch.UNKNOWN;
		}
		boolean commune = !blank(place.communeCode()) && rule.communeCodes().contains(place.communeCode().strip());
		boolean postal = !blank(place.postalCode()) && rule.postalCodes().contains(place.postalCode().strip());
		return commune || postal ? AreaMatch.AREA : null;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
