package org.relais.referral.api;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.relais.directory.DirectoryCatalog;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.referral.MatchProfile;
import org.relais.referral.MatchResult;
import org.relais.referral.Matching;
import org.relais.territory.AreaSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/matches}: the services of the caller's current territory that can take a person with this
 * profile for these needs, ranked with why, and the excluded ones with every reason. For agents, coordinators
 * and territory admins. Bad input answers 400 with one error per field, as {@code errors} of a problem. The needs
 * no service can take are recorded as unmet needs (need, area, day) on every call.
 */
@RestController
@Tag(name = "Matching")
class MatchApiController {

	private final DirectoryCatalog directory;

	private final Matching matching;

	private final Clock clock;

	MatchApiController(DirectoryCatalog directory, Matching matching, Clock clock) {
		this.directory = directory;
		this.matching = matching;
		this.clock = clock;
	}

	@Operation(summary = "Match a profile and needs against the directory of the current territory")
	@PostMapping(path = "/api/v1/matches", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> match(@RequestBody(required = false) JsonNode body) {
		RelaisPrincipal me = CurrentUser.require();
		UUID territory = me.currentTerritoryId();
		if (territory == null || me.membership(territory)
			.map(m -> m.roles().contains(Role.AGENT) || m.roles().contains(Role.COORDINATOR)
					|| m.roles().contains(Role.TERRITORY_ADMIN))
			.orElse(false) == false) {
			return problem(HttpStatus.FORBIDDEN, "Forbidden", "Matching is for agents, coordinators and territory admins.",
					Map.of());
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (body == null || !body.isObject()) {
			return problem(HttpStatus.BAD_REQUEST, "Bad request", "The body must be a JSON object.", Map.of());
		}
		Set<String> needs = codes(body.get("needs"), "needs", errors);
		if (needs.isEmpty() && !errors.containsKey("needs")) {
			errors.put("needs", "Give at least one need (a data·inclusion thematique code).");
		}
		needs.stream().filter(n -> !directory.isNeed(n)).findFirst()
			.ifPresent(n -> errors.put("needs", "Unknown need: " + n + "."));
		JsonNode p = body.path("profile");
		if (!p.isMissingNode() && !p.isNull() && !p.isObject()) {
			errors.put("profile", "The profile must be a JSON object.");
			p = tools.jackson.databind.node.MissingNode.getInstance();
		}
		Integer age = integer(p, "age", 0, 130, errors);
		Integer birthYear = integer(p, "birthYear", 1900, Year.now(clock).getValue(), errors);
		Set<String> publics = codes(p.get("publics"), "profile.publics", errors);
		publics.stream().filter(c -> !directory.isPublic(c)).findFirst()
			.ifPresent(c -> errors.put("profile.publics", "Unknown public: " + c + "."));
		Set<String> languages = codes(p.get("languages"), "profile.languages", errors);
		languages.stream().filter(l -> !l.matches("[a-z]{2,3}")).findFirst()
			.ifPresent(l -> errors.put("profile.languages", "Not a language code: " + l + "."));
		Integer maxDistance = integer(p, "maxDistanceKm", 0, 500, errors);
		boolean remoteOk = p.path("remoteOk").asBoolean(false);
		Double lat = decimal(p, "lat", -90, 90, errors);
		Double lon = decimal(p, "lon", -180, 180, errors);
		if ((lat == null) != (lon == null)) {
			errors.put("profile.lat", "Give both lat and lon, or neither.");
		}
		String commune = text(p, "communeCode");
		String postal = text(p, "postalCode");
		Optional<AreaSummary> area = matching.commune(territory, commune, postal);
		if ((commune != null || postal != null) && area.isEmpty()) {
			errors.put(commune != null ? "profile.communeCode" : "profile.postalCode",
					"No commune of this territory has this " + (commune != null ? "code." : "postal code."));
		}
		Instant at = null;
		String atText = text(body, "at");
		if (atText != null) {
			try {
				at = OffsetDateTime.parse(atText).toInstant();
			}
			catch (DateTimeParseException ex) {
				errors.put("at", "Not an ISO 8601 date and time with an offset, e.g. 2026-12-01T10:00:00+01:00.");
			}
		}
		if (!errors.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid match request", "Some fields are not valid.", errors);
		}
		MatchProfile profile = matching.profile(age, birthYear, area, lat, lon, publics, languages, maxDistance,
				remoteOk);
		MatchResult result = matching.match(territory, profile, needs, at);
		matching.recordUnmetNeeds(territory, result.unmetNeeds(), Matching.area(area, postal), new HashSet<>());
		String lang = me.language() == null ? "fr" : me.language();
		ZoneId zone = matching.zone(territory);
		List<Map<String, Object>> results = new ArrayList<>();
		for (MatchResult.Result r : result.results()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("serviceId", r.service().serviceId());
			m.put("serviceName", r.service().name(lang));
			m.put("organizationName", r.service().organisationName());
			m.put("score", r.score());
			m.put("distanceKm", r.distanceKm() == null ? null : Math.round(r.distanceKm() * 10) / 10.0);
			m.put("saturation", r.service().saturation().name());
			m.put("nextOpening", r.nextOpening() == null ? null : r.nextOpening().withZoneSameInstant(zone).toOffsetDateTime().toString());
			List<String> reasons = new ArrayList<>();
			r.reasons().forEach(x -> reasons.add(x.name()));
			r.warnings().forEach(x -> reasons.add(x.name()));
			m.put("reasons", reasons);
			results.add(m);
		}
		List<Map<String, Object>> excluded = new ArrayList<>();
		for (MatchResult.Excluded e : result.excluded()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("serviceId", e.service().serviceId());
			m.put("serviceName", e.service().name(lang));
			m.put("reasons", e.reasons().stream().map(Enum::name).toList());
			excluded.add(m);
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("results", results);
		out.put("excluded", excluded);
		out.put("unmetNeeds", List.copyOf(result.unmetNeeds()));
		return ResponseEntity.ok(out);
	}

	private static Set<String> codes(JsonNode node, String field, Map<String, String> errors) {
		Set<String> out = new LinkedHashSet<>();
		if (node == null || node.isNull() || node.isMissingNode()) {
			return out;
		}
		if (!node.isArray()) {
			errors.put(field, "Must be an array of codes.");
			return out;
		}
		for (JsonNode c : node) {
			if (!c.isString() || c.asString().isBlank()) {
				errors.put(field, "Must be an array of codes.");
				return Set.of();
			}
			out.add(c.asString().strip());
		}
		return out;
	}

	private static Integer integer(JsonNode p, String name, int min, int max, Map<String, String> errors) {
		JsonNode n = p.get(name);
		if (n == null || n.isNull()) {
			return null;
		}
		if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
			errors.put("profile." + name, "Must be a whole number from " + min + " to " + max + ".");
			return null;
		}
		return n.asInt();
	}

	private static Double decimal(JsonNode p, String name, double min, double max, Map<String, String> errors) {
		JsonNode n = p.get(name);
		if (n == null || n.isNull()) {
			return null;
		}
		if (!n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
			errors.put("profile." + name, "Must be a number from " + min + " to " + max + ".");
			return null;
		}
		return n.asDouble();
	}

	private static String text(JsonNode p, String name) {
		JsonNode n = p.get(name);
		return n == null || n.isNull() || !n.isValueNode() || n.asString().isBlank() ? null : n.asString().strip();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			Map<String, String> errors) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		p.setTitle(title);
		if (!errors.isEmpty()) {
			p.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
	}

}
