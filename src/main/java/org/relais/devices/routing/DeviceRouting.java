package org.relais.devices.routing;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceRuleException;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.request.DeviceRequestStep;
import org.relais.devices.request.DeviceRequestStepRepository;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory's routing rules and the partner proposed for a request ({@link RoutingProposal}) from them, the
 * organisations' current loads and the request's own history (who declined it).
 */
@Service
public class DeviceRouting {

	/** The statuses a request holds a partner's capacity in: from routed until received. */
	public static final Set<DeviceRequestStatus> OPEN = EnumSet.of(DeviceRequestStatus.ROUTED,
			DeviceRequestStatus.APPROVED, DeviceRequestStatus.ORDERED, DeviceRequestStatus.ALLOCATED,
			DeviceRequestStatus.SHIPPED, DeviceRequestStatus.RECEIVED);

	private final RoutingRuleRepository rules;

	private final DeviceRequestRepository requests;

	private final DeviceRequestStepRepository steps;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final Clock clock;

	DeviceRouting(RoutingRuleRepository rules, DeviceRequestRepository requests, DeviceRequestStepRepository steps,
			DirectoryCatalog directory, TerritoryCatalog territories, Clock clock) {
		this.rules = rules;
		this.requests = requests;
		this.steps = steps;
		this.directory = directory;
		this.territories = territories;
		this.clock = clock;
	}

	/** A rule as the admin page lists it: the organisation's name, its load now. */
	public record RuleView(UUID organisationId, String organisationName, Set<DeviceCategory> categories,
			Set<String> areaCodes, List<String> areaNames, int capacity, long open, boolean active) {
	}

	@Transactional(readOnly = true)
	public List<RuleView> rules(UUID territoryId, String language) {
		Map<String, String> areaNames = territories.areas(territoryId)
			.stream()
			.collect(Collectors.toMap(AreaSummary::code, AreaSummary::name, (a, b) -> a));
		List<RuleView> out = new ArrayList<>();
		for (RoutingRule r : rules.findByTerritoryId(territoryId)) {
			Optional<OrganisationRef> org = directory.organisation(territoryId, r.getOrganisationId(), language);
			if (org.isEmpty()) {
				continue;
			}
			out.add(new RuleView(r.getOrganisationId(), org.get().name(), r.getCategories(), r.getAreaCodes(),
					r.getAreaCodes().stream().map(c -> areaNames.getOrDefault(c, c)).toList(), r.getCapacity(),
					open(r.getOrganisationId()), r.isActive()));
		}
		out.sort((a, b) -> a.organisationName().compareToIgnoreCase(b.organisationName()));
		return out;
	}

	public Optional<RoutingRule> rule(UUID territoryId, UUID organisationId) {
		return rules.findByTerritoryIdAndOrganisationId(territoryId, organisationId);
	}

	/**
	 * Sets an organisation's rule (creates it the first time). Refuses an organisation that is not one of the
	 * territory's and an area code that is not one of its reference areas.
	 */
	@Transactional
	public RoutingRule save(UUID territoryId, UUID organisationId, Set<DeviceCategory> categories,
			Set<String> areaCodes, int capacity, boolean active, UUID by) {
		if (organisationId == null || directory.organisation(territoryId, organisationId, org.relais.shared.Languages.DEFAULT).isEmpty()) {
			throw new DeviceRuleException("organisationId", "devices.routing.error.organisation");
		}
		Set<String> known = territories.areas(territoryId).stream().map(AreaSummary::code).collect(Collectors.toSet());
		if (areaCodes != null && !known.containsAll(areaCodes)) {
			throw new DeviceRuleException("areas", "devices.routing.error.area");
		}
		RoutingRule rule = rules.findByTerritoryIdAndOrganisationId(territoryId, organisationId)
			.orElseGet(() -> new RoutingRule(territoryId, organisationId));
		rule.change(categories, areaCodes, capacity, active, by, clock.instant());
		return rules.save(rule);
	}

	/** Whether the organisation has an active rule of the territory that takes this category. */
	@Transactional(readOnly = true)
	public boolean takes(UUID territoryId, UUID organisationId, DeviceCategory category) {
		return rule(territoryId, organisationId).map(r -> r.takes(category)).orElse(false);
	}

	/** The organisations that declined this request (from its steps). */
	@Transactional(readOnly = true)
	public Set<UUID> declinedBy(UUID requestId) {
		Set<UUID> out = new HashSet<>();
		for (DeviceRequestStep s : steps.findByRequestIdOrderByAt(requestId)) {
			if (s.getStatus() == DeviceRequestStatus.TO_ROUTE && s.getOrganisationId() != null) {
				out.add(s.getOrganisationId());
			}
		}
		return out;
	}

	/** The candidates for a request, best first, for the person's place. */
	@Transactional(readOnly = true)
	public List<RoutingProposal.Candidate> propose(DeviceRequest request, RoutingProposal.Place place,
			String language) {
		UUID territory = request.getTerritoryId();
		List<AreaSummary> areas = territories.areas(territory);
		List<RoutingProposal.Rule> candidates = new ArrayList<>();
		for (RoutingRule r : rules.findByTerritoryId(territory)) {
			Optional<OrganisationRef> org = directory.organisation(territory, r.getOrganisationId(), language);
			if (org.isEmpty()) {
				continue;
			}
			Set<String> codes = new HashSet<>();
			Set<String> postal = new HashSet<>();
			covered(areas, r.getAreaCodes(), codes, postal);
			candidates.add(new RoutingProposal.Rule(r.getOrganisationId(), org.get().name(), r.getCategories(),
					r.getAreaCodes().isEmpty(), codes, postal, r.getCapacity(), open(r.getOrganisationId()),
					r.isActive()));
		}
		return RoutingProposal.rank(request.getCategory(), place, candidates, declinedBy(request.getId()));
	}

	/** The organisation's open requests now. */
	public long open(UUID organisationId) {
		return requests.countByPartnerOrganisationIdAndStatusIn(organisationId, OPEN);
	}

	/** The codes and postal codes of the given areas and of every area under them. */
	static void covered(List<AreaSummary> areas, Set<String> roots, Set<String> codes, Set<String> postal) {
		Map<UUID, List<AreaSummary>> children = new HashMap<>();
		for (AreaSummary a : areas) {
			if (a.parentId() != null) {
				children.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a);
			}
		}
		Deque<AreaSummary> todo = new ArrayDeque<>(areas.stream().filter(a -> roots.contains(a.code())).toList());
		Set<UUID> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			AreaSummary a = todo.pop();
			if (!seen.add(a.id())) {
				continue;
			}
			codes.add(a.code());
			if (a.postalCodes() != null) {
				postal.addAll(a.postalCodes());
			}
			todo.addAll(children.getOrDefault(a.id(), List.of()));
		}
	}

}
