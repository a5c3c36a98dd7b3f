package org.relais.directory.search;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory search on Hibernate Search (embedded Lucene by default, Elasticsearch/OpenSearch by configuration):
 * visible services of active organisations working in the territory, free text in four languages with one typo
 * tolerated, filters, facets over the whole result, and four sorts.
 */
@Component
class LuceneDirectorySearch implements DirectorySearch {

	static final List<String> FACETS = List.of("need_category", "need", "public", "fees", "reception", "language",
			"accessibility", "saturation");

	@PersistenceContext
	private EntityManager em;

	private final TerritoryCatalog territories;

	private final Clock clock;

	LuceneDirectorySearch(TerritoryCatalog territories, ObjectProvider<Clock> clock) {
		this.territories = territories;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	@Transactional(readOnly = true)
	public SearchResult search(SearchQuery q) {
		ZoneId zone = territories.find(q.territoryId())
			.map(TerritorySummary::timeZone)
			.map(ZoneId::of)
			.orElse(ZoneId.of("Europe/Paris"));
		Instant now = clock.instant();
		Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
		FACETS.forEach(facet -> keys.put(facet, AggregationKey.of(facet)));

		SearchQueryOptionsStep<?, ?, Service, ?, ?, ?> step = Search.session(em)
			.search(Service.class)
			.where(f -> filters(f, q, zone, now));
		for (var e : keys.entrySet()) {
			step = step.aggregation(e.getValue(), f -> f.terms().field(e.getKey(), String.class).maxTermCount(200));
		}
		GeoPoint point = q.hasPoint() ? GeoPoint.of(q.latitude(), q.longitude()) : null;
		step = switch (q.sort()) {
			case DISTANCE -> point != null
					? step.sort(f -> f.distance("geo", point).mode(SortMode.MIN).then().score())
					: step.sort(f -> f.score());
			case FRESHNESS -> step.sort(f -> f.field("verify_by").desc().then().field("sort_name"));
			case NAME -> step.sort(f -> f.field("sort_name").then().score());
			case RELEVANCE -> step.sort(f -> f.score().then().field("sort_name"));
		};
		var result = step.fetch(q.page() * q.size(), q.size());
		List<SearchHit> hits = new ArrayList<>();
		for (Service s : result.hits()) {
			hits.add(hit(s, q, point, now));
		}
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		keys.forEach((facet, key) -> facets.put(facet, result.aggregation(key)));
		return new SearchResult(hits, result.total().hitCount(), q.page(), q.size(), facets);
	}

	private BooleanPredicateClausesStep<?, ?> filters(SearchPredicateFactory f, SearchQuery q, ZoneId zone,
			Instant now) {
		BooleanPredicateClausesStep<?, ?> root = f.bool();
		root.filter(f.match().field("territory").matching(q.territoryId().toString()));
		root.filter(f.terms()
			.field("status")
			.matchingAny(List.of(ServiceStatus.PUBLISHED.name(), ServiceStatus.TEMPORARILY_CLOSED.name())));
		root.filter(f.match().field("org_status").matching("ACTIVE"));
		if (q.text() != null && !q.text().isBlank()) {
			String text = q.text().strip();
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			for (String l : ServiceIndexBinder.LANGUAGES) {
				any.should(f.match().field("name_" + l).matching(text).minimumShouldMatchPercent(100).boost(4f));
				any.should(f.match().field("text_" + l).matching(text).minimumShouldMatchPercent(100).boost(2f));
				any.should(f.match().field("text_" + l).matching(text).fuzzy(1, 1).minimumShouldMatchPercent(100));
			}
			any.should(f.match().field("text_neutral").matching(text).fuzzy(1, 1).minimumShouldMatchPercent(100));
			root.must(any);
		}
		if (!q.needs().isEmpty()) {
			List<String> needs = q.needs().stream().filter(n -> n.contains("--")).toList();
			List<String> categories = q.needs().stream().filter(n -> !n.contains("--")).toList();
			BooleanPredicateClausesStep<?, ?> any = f.bool();
			if (!needs.isEmpty()) {
				any.should(f.terms().field("need").matchingAny(needs));
			}
			if (!categories.isEmpty()) {
				any.should(f.terms().field("need_category").matchingAny(categories));
			}
			root.filter(any);
		}
		if (!q.publics().isEmpty()) {
			root.filter(f.terms().field("public").matchingAny(q.publics()));
		}
		if (q.age() != null) {
			root.filter(f.range().field("min_age").atMost(q.age()));
			root.filter(f.range().field("max_age").atLeast(q.age()));
		}
		if (Boolean.TRUE.equals(q.free())) {
			root.filter(f.match().field("fees").matching("gratuit"));
		}
		if (!q.receptionModes().isEmpty()) {
			root.filter(f.terms().field("reception").matchingAny(q.receptionModes()));
		}
		if (!q.languages().isEmpty()) {
			root.filter(f.terms().field("language").matchingAny(q.languages()));
		}
		if (!q.accessibility().isEmpty()) {
			root.filter(f.terms().field("accessibility").matchingAll(q.accessibility()));
		}
		if (q.notFull()) {
			root.filter(f.not(f.match().field("saturation").matching(SaturationLevel.FULL.name())));
			root.filter(f.not(f.match().field("status").matching(ServiceStatus.TEMPORARILY_CLOSED.name())));
		}
		if (q.postalCode() != null && !q.postalCode().isBlank()) {
			root.filter(f.match().field("postal_code").matching(q.postalCode().strip()));
		}
		if (q.hasPoint() && q.radiusKm() != null && q.radiusKm() > 0) {
			root.filter(f.spatial()
				.within()
				.field("geo")
				.circle(q.latitude(), q.longitude(), q.radiusKm(), DistanceUnit.KILOMETERS));
		}
		if (q.openNow()) {
			ZonedDateTime t = now.atZone(zone);
			int minute = t.getHour() * 60 + t.getMinute();
			root.filter(f.nested("slot")
				.add(f.match().field("slot.day").matching(t.getDayOfWeek().getValue()))
				.add(f.range().field("slot.from").atMost(minute))
				.add(f.range().field("slot.to").greaterThan(minute)));
			root.filter(f.not(f.match().field("status").matching(ServiceStatus.TEMPORARILY_CLOSED.name())));
		}
		if (q.openOn() != null) {
			root.filter(f.nested("slot").add(f.match().field("slot.day").matching(q.openOn().getDayOfWeek().getValue())));
		}
		return root;
	}

	private SearchHit hit(Service s, SearchQuery q, GeoPoint point, Instant now) {
		String lang = q.language() == null ? "fr" : q.language();
		List<SearchHit.Pin> pins = new ArrayList<>();
		Double distance = null;
		for (Location l : s.getLocations()) {
			if (l.hasCoordinates()) {
				String label = l.getName() != null ? l.getName() : l.getCity();
				pins.add(new SearchHit.Pin(l.getId(), label == null ? "" : label, address(l), l.getLatitude(),
						l.getLongitude()));
				if (point != null) {
					double d = kilometres(point.latitude(), point.longitude(), l.getLatitude(), l.getLongitude());
					distance = distance == null ? d : Math.min(distance, d);
				}
			}
		}
		pins.sort(Comparator.comparing(SearchHit.Pin::label));
		return new SearchHit(s.getId(), s.getOrganisationId(), s.getName().get(lang, "fr"),
				s.getOrganisation().getName().get(lang, "fr"), s.getSummary().get(lang, "fr"),
				List.copyOf(s.getNeeds()), s.getSaturation().level(), s.isStale(now),
				s.getStatus() == ServiceStatus.TEMPORARILY_CLOSED, s.getUpdatedAt(), distance, pins);
	}

	static String address(Location l) {
		StringBuilder b = new StringBuilder();
		if (l.getAddress() != null) {
			b.append(l.getAddress());
		}
		if (l.getPostalCode() != null || l.getCity() != null) {
			if (!b.isEmpty()) {
				b.append(", ");
			}
			b.append(l.getPostalCode() == null ? "" : l.getPostalCode() + " ").append(l.getCity() == null ? "" : l.getCity());
		}
		return b.toString().strip();
	}

	/** Great-circle distance (haversine). */
	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}


}
