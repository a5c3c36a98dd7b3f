package org.relais.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Saturation;
import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HSDS 3.0 API over real HTTP, anonymous, on the demo directory: every response is validated against the
 * official schemas (copied from the Open Referral repository into src/test/resources/hsds-3.0).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HsdsApiTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

	private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	DirectoryFixtures fixtures;

	@Autowired
	TerritoryCatalog territories;

	@Test
	void theRootSaysVersionProfileAndOpenApi() throws Exception {
		JsonNode root = json("/api/hsds/");
		assertThat(root.path("version").asText()).isEqualTo("3.0");
		assertThat(root.path("profile").asText()).startsWith("https://");
		assertThat(root.path("openapi_url").asText()).endsWith("/api/hsds/openapi.json");
		JsonNode openapi = json("/api/hsds/openapi.json");
		assertThat(openapi.path("openapi").asText()).startsWith("3.");
		assertThat(openapi.path("paths").has("/services")).isTrue();
	}

	@Test
	void everyPublishedServiceIsValidInTheListAndInFull() throws Exception {
		JsonNode page = json("/api/hsds/services?per_page=200");
		assertEnvelope(page);
		assertThat(page.path("total_items").asInt()).isGreaterThanOrEqualTo(55);
		assertThat(page.path("contents")).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (JsonNode item : page.path("contents")) {
			problems.addAll(errors("service_list.json", item));
			String id = item.path("id").asText();
			JsonNode full = json("/api/hsds/services/" + id);
			problems.addAll(errors("service.json", full));
			assertThat(full.path("organization").path("id").asText()).isEqualTo(item.path("organization_id").asText());
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void pagingWalksTheWholeList() throws Exception {
		JsonNode first = json("/api/hsds/services?per_page=20&page=1");
		int total = first.path("total_items").asInt();
		int pages = first.path("total_pages").asInt();
		assertThat(pages).isEqualTo((total + 19) / 20);
		assertThat(first.path("first_page").asBoolean()).isTrue();
		assertThat(first.path("last_page").asBoolean()).isFalse();
		Set<String> seen = new java.util.HashSet<>();
		for (int p = 1; p <= pages; p++) {
			JsonNode page = json("/api/hsds/services?per_page=20&page=" + p);
			assertThat(page.path("page_number").asInt()).isEqualTo(p);
			page.path("contents").forEach(s -> seen.add(s.path("id").asText()));
		}
		assertThat(seen).hasSize(total);
		JsonNode beyond = json("/api/hsds/services?per_page=20&page=" + (pages + 1));
		assertThat(beyond.path("empty").asBoolean()).isTrue();
		assertEnvelope(beyond);
	}

	@Test
	void relaisDataTravelsAsExtraPropertiesAndDraftsStayPrivate() throws Exception {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		Organisation org = fixtures.organisation(lyon, "fr", DirectoryFixtures.unique("Hsds association"));
		Location at = fixtures.location(org, "FR", "69003", "Lyon", 45.76, 4.85);
		Service full = fixtures.service(org, "fr", DirectoryFixtures.unique("Hsds épicerie"), Set.of("equipement-et-alimentation--alimentation"),
				List.of(at), s -> {
					s.setSaturation(new Saturation(SaturationLevel.FULL, 0, 40, "familles", null, "test", Instant.now()));
					s.setPublics(Set.of("familles"));
					s.setPrerequisites(Set.of("residence-in-area"));
					s.setPrerequisitesOther("Habiter Lyon 3e");
					s.setDocuments(Set.of("identity-document"));
				});
		Service draft = fixtures.service(org, "fr", DirectoryFixtures.unique("Hsds brouillon"), Set.of(), List.of(at),
				s -> s.setStatus(ServiceStatus.DRAFT, null));

		JsonNode published = json("/api/hsds/services/" + full.getId());
		assertThat(errors("service.json", published)).isEmpty();
		assertThat(published.path("saturation_level").asText()).isEqualTo("FULL");
		assertThat(published.path("service_capacity").get(0).path("available").asInt()).isZero();
		assertThat(published.path("service_capacity").get(0).path("maximum").asInt()).isEqualTo(40);
		assertThat(published.path("publics").get(0).asText()).isEqualTo("familles");
		assertThat(published.path("service_at_locations").get(0).path("location").path("schedules")).hasSize(10);
		assertThat(published.path("cost_options")).isEmpty();
		assertThat(published.path("eligibility_description").asText())
			.isEqualTo("Habiter dans la zone desservie ; Habiter Lyon 3e");
		assertThat(published.path("required_documents").get(0).path("document").asText()).isEqualTo("Pièce d’identité");
		String page = get("/t/metropole-de-lyon/directory/services/" + full.getId()).body();
		assertThat(page).contains("Habiter dans la zone desservie", "Habiter Lyon 3e", "Pièce d’identité");

		assertThat(get("/api/hsds/services/" + draft.getId()).statusCode()).isEqualTo(404);
		JsonNode ofOrg = json("/api/hsds/services?organization_id=" + org.getId());
		assertThat(ofOrg.path("total_items").asInt()).isEqualTo(1);
		assertThat(ofOrg.path("contents").get(0).path("id").asText()).isEqualTo(full.getId().toString());

		JsonNode organisation = json("/api/hsds/organizations/" + org.getId());
		assertThat(errors("organization.json", organisation)).isEmpty();
		assertThat(organisation.path("services")).hasSize(1);

		JsonNode searched = json("/api/hsds/services?search=" + URLEncoder.encode(full.getName().get("fr", null),
				StandardCharsets.UTF_8));
		assertThat(searched.path("total_items").asInt()).isEqualTo(1);

		String future = Instant.now().plusSeconds(3600).toString();
		assertThat(json("/api/hsds/services?modified_after=" + future).path("total_items").asInt()).isZero();
		assertThat(json("/api/hsds/services?minimal=true&per_page=5").path("contents").get(0).has("attributes"))
			.isFalse();
	}

	@Test
	void taxonomiesAndTermsAreValidAndFilterServices() throws Exception {
		JsonNode taxonomies = json("/api/hsds/taxonomies");
		assertEnvelope(taxonomies);
		assertThat(taxonomies.path("contents")).hasSizeGreaterThanOrEqualTo(3);
		List<String> problems = new ArrayList<>();
		for (JsonNode t : taxonomies.path("contents")) {
			problems.addAll(errors("taxonomy.json", t));
			problems.addAll(errors("taxonomy.json", json("/api/hsds/taxonomies/" + t.path("id").asText())));
		}
		JsonNode terms = json("/api/hsds/taxonomy_terms?per_page=1000");
		assertEnvelope(terms);
		assertThat(terms.path("total_items").asInt()).isGreaterThan(69);
		terms.path("contents").forEach(t -> problems.addAll(errors("taxonomy_term.json", t)));
		assertThat(problems).isEmpty();

		JsonNode food = null;
		for (JsonNode t : terms.path("contents")) {
			if ("equipement-et-alimentation--alimentation".equals(t.path("code").asText())) {
				food = t;
			}
		}
		assertThat(food).isNotNull();
		assertThat(errors("taxonomy_term.json", json("/api/hsds/taxonomy_terms/" + food.path("id").asText()))).isEmpty();
		JsonNode foodServices = json("/api/hsds/services?full=true&per_page=200&taxonomy_term_id=" + food.path("id").asText());
		assertThat(foodServices.path("total_items").asInt()).isPositive();
		for (JsonNode s : foodServices.path("contents")) {
			List<String> codes = new ArrayList<>();
			s.path("attributes").forEach(a -> codes.add(a.path("taxonomy_term").path("code").asText()));
			assertThat(codes).contains("equipement-et-alimentation--alimentation");
		}
		JsonNode categoryServices = json("/api/hsds/services?per_page=200&taxonomy_term_id=" + food.path("parent_id").asText());
		assertThat(categoryServices.path("total_items").asInt())
			.isGreaterThanOrEqualTo(foodServices.path("total_items").asInt());
	}

	@Test
	void servicesAtLocationsAreValidAndFilteredByPostcodeAndProximity() throws Exception {
		JsonNode all = json("/api/hsds/service_at_locations?per_page=1000");
		assertEnvelope(all);
		List<String> problems = new ArrayList<>();
		all.path("contents").forEach(s -> problems.addAll(errors("service_at_location_list.json", s)));
		String id = all.path("contents").get(0).path("id").asText();
		problems.addAll(errors("service_at_location.json", json("/api/hsds/service_at_locations/" + id)));
		assertThat(problems).isEmpty();

		// Zürich centre: nothing of Lyon within 20 km, something of Zürich.
		JsonNode near = json("/api/hsds/service_at_locations?per_page=1000&proximity=47.3769,8.5417,20");
		assertThat(near.path("total_items").asInt()).isPositive().isLessThan(all.path("total_items").asInt());
		near.path("contents").forEach(s -> assertThat(s.path("location").path("latitude").asDouble()).isBetween(47.0, 47.7));
		String postcode = near.path("contents").get(0).path("location").path("addresses").get(0).path("postal_code").asText();
		JsonNode byPostcode = json("/api/hsds/service_at_locations?per_page=1000&postcode=" + postcode);
		assertThat(byPostcode.path("total_items").asInt()).isPositive();
		byPostcode.path("contents")
			.forEach(s -> assertThat(s.path("location").path("addresses").get(0).path("postal_code").asText())
				.isEqualTo(postcode));
	}

	@Test
	void organisationsAreValid() throws Exception {
		JsonNode page = json("/api/hsds/organizations?per_page=100");
		assertEnvelope(page);
		assertThat(page.path("total_items").asInt()).isGreaterThanOrEqualTo(25);
		List<String> problems = new ArrayList<>();
		for (JsonNode o : page.path("contents")) {
			problems.addAll(errors("organization_list.json", o));
		}
		String first = page.path("contents").get(0).path("id").asText();
		problems.addAll(errors("organization.json", json("/api/hsds/organizations/" + first)));
		assertThat(problems).isEmpty();
	}

	@Test
	void ndjsonGivesOneValidServicePerLine() throws Exception {
		HttpResponse<String> response = get("/api/hsds/services?format=ndjson");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
		String[] lines = response.body().strip().split("\n");
		assertThat(lines.length).isEqualTo(json("/api/hsds/services").path("total_items").asInt());
		for (String line : List.of(lines[0], lines[lines.length - 1])) {
			assertThat(errors("service_list.json", JSON.readTree(line))).isEmpty();
		}
	}

	@Test
	void badParametersAreClearProblemsNeverErrors() throws Exception {
		for (String query : List.of("/api/hsds/services?page=0", "/api/hsds/services?per_page=abc",
				"/api/hsds/services?taxonomy_term_id=nope", "/api/hsds/services?taxonomy_term_id=" + UUID.randomUUID(),
				"/api/hsds/services?organization_id=x", "/api/hsds/services?modified_after=yesterday",
				"/api/hsds/services?format=xml", "/api/hsds/service_at_locations?proximity=abc",
				"/api/hsds/service_at_locations?proximity=91,4,5", "/api/hsds/taxonomy_terms?taxonomy_id=1")) {
			HttpResponse<String> response = get(query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(query).contains("json");
			assertThat(response.body()).as(query).doesNotContain("Exception", "at org.");
		}
		for (String path : List.of("/api/hsds/services/" + UUID.randomUUID(), "/api/hsds/services/not-a-uuid",
				"/api/hsds/organizations/" + UUID.randomUUID(), "/api/hsds/taxonomies/" + UUID.randomUUID(),
				"/api/hsds/taxonomy_terms/" + UUID.randomUUID(), "/api/hsds/service_at_locations/" + UUID.randomUUID())) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).contains("json");
		}
	}

	/** The validation itself can fail: a service without a name, with a bad id and an unknown status is refused. */
	@Test
	void theSchemaCheckRefusesAnInvalidService() throws Exception {
		JsonNode good = json("/api/hsds/services?per_page=1").path("contents").get(0);
		assertThat(errors("service_list.json", good)).isEmpty();
		var bad = (com.fasterxml.jackson.databind.node.ObjectNode) good.deepCopy();
		bad.remove("name");
		bad.put("id", "not-a-uuid");
		bad.put("status", "sleeping");
		assertThat(errors("service_list.json", bad)).hasSizeGreaterThanOrEqualTo(3);
	}

	private void assertEnvelope(JsonNode page) {
		assertThat(page.fieldNames()).toIterable()
			.contains("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty",
					"contents");
		assertThat(page.path("contents").isArray()).isTrue();
		assertThat(page.path("size").asInt()).isEqualTo(page.path("contents").size());
		assertThat(page.path("empty").asBoolean()).isEqualTo(page.path("contents").isEmpty());
	}

	private static List<String> errors(String schema, JsonNode node) {
		JsonSchema s = LOADED.computeIfAbsent(schema,
				name -> SCHEMAS.getSchema(SchemaLocation.of("classpath:hsds-3.0/" + name),
						SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build()));
		List<String> out = new ArrayList<>();
		for (ValidationMessage m : s.validate(node)) {
			out.add(schema + " " + node.path("id").asText() + ": " + m.getMessage());
		}
		return out;
	}

	private JsonNode json(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).contains("json");
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
