package org.relais.directory.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.search.engine.spatial.GeoPoint;
import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a result list shows of a service, stored with its index document as compact JSON, so that a page of hits is
 * read from the index alone, without loading 20 services, their organisations and locations from the database. The
 * index is rewritten whenever the service, its organisation or one of its locations changes.
 */
final class StoredHit {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StoredHit() {
	}

	static String encode(Service s) {
		ObjectNode n = JSON.createObjectNode();
		n.put("id", s.getId().toString());
		n.put("org", s.getOrganisationId().toString());
		texts(n.putObject("name"), s.getName());
		texts(n.putObject("orgName"), s.getOrganisation().getName());
		texts(n.putObject("summary"), s.getSummary());
		ArrayNode needs = n.putArray("needs");
		s.getNeeds().forEach(needs::add);
		n.put("sat", s.getSaturation().level().name());
		n.put("closed", s.getStatus() == ServiceStatus.TEMPORARILY_CLOSED);
		n.put("updated", s.getUpdatedAt().toEpochMilli());
		if (s.getVerifyBy() != null) {
			n.put("verifyBy", s.getVerifyBy().toEpochMilli());
		}
		ArrayNode pins = n.putArray("pins");
		for (Location l : s.getLocations()) {
			if (l.hasCoordinates()) {
				String label = l.getName() != null ? l.getName() : l.getCity();
				pins.addObject()
					.put("id", l.getId().toString())
					.put("label", label == null ? "" : label)
					.put("address", LuceneDirectorySearch.address(l))
					.put("lat", l.getLatitude())
					.put("lon", l.getLongitude());
			}
		}
		return JSON.writeValueAsString(n);
	}

	static SearchHit decode(String json, String lang, GeoPoint point, Instant now) {
		JsonNode n = JSON.readTree(json);
		List<SearchHit.Pin> pins = new ArrayList<>();
		Double distance = null;
		for (JsonNode p : n.path("pins")) {
			double lat = p.path("lat").asDouble();
			double lon = p.path("lon").asDouble();
			pins.add(new SearchHit.Pin(UUID.fromString(p.path("id").asString()), p.path("label").asString(),
					p.path("address").asString(), lat, lon));
			if (point != null) {
				double d = LuceneDirectorySearch.kilometres(point.latitude(), point.longitude(), lat, lon);
				distance = distance == null ? d : Math.min(distance, d);
			}
		}
		pins.sort(Comparator.comparing(SearchHit.Pin::label));
		List<String> needs = new ArrayList<>();
		n.path("needs").forEach(v -> needs.add(v.asString()));
		boolean stale = !n.has("verifyBy") || Instant.ofEpochMilli(n.path("verifyBy").asLong()).isBefore(now);
		return new SearchHit(UUID.fromString(n.path("id").asString()), UUID.fromString(n.path("org").asString()),
				text(n.path("name"), lang), text(n.path("orgName"), lang), text(n.path("summary"), lang),
				List.copyOf(needs), SaturationLevel.valueOf(n.path("sat").asString()), stale,
				n.path("closed").asBoolean(), Instant.ofEpochMilli(n.path("updated").asLong()), distance,
				List.copyOf(pins));
	}

	private static void texts(ObjectNode into, LocalizedText text) {
		text.asMap().forEach(into::put);
	}

	private static String text(JsonNode texts, String lang) {
		Map<String, String> m = new LinkedHashMap<>();
		texts.properties().forEach(e -> m.put(e.getKey(), e.getValue().asString()));
		return LocalizedText.of(m).get(lang, "fr");
	}

}
