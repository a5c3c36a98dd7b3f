package org.relais.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.WeeklySlot;
import org.relais.directory.search.DirectorySearch;
import org.relais.directory.search.SearchHit;
import org.relais.directory.search.SearchQuery;
import org.relais.directory.search.SearchResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every format in and out: the HSDS tabular package, the Relais CSV template, HSDS JSON and NDJSON exports and
 * data·inclusion exports imported again (nothing changes), and imported services found by the search.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangeFormatsTest {

	private static final String SERVICE_FULL = "ac148810-d857-441c-9679-408f346de14b";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ServiceRepository services;

	@Autowired
	DirectorySearch search;

	@Autowired
	TransactionTemplate tx;

	final JsonMapper json = JsonMapper.builder().build();

	ImportFixtures f;

	@BeforeEach
	void territory() {
		f = new ImportFixtures(context);
	}

	JsonNode importOk(String format, String name, byte[] content) throws Exception {
		MockHttpServletResponse r = mvc
			.perform(multipart("/api/v1/directory/imports")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.param("format", format)
				.param("territory", f.territory.slug())
				.param("dryRun", "false")
				.header("Authorization", "Bearer " + f.adminToken)
				.header("Accept-Language", "en"))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
		JsonNode report = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
		assertThat(report.at("/counts/REJECTED").asInt()).as(report.toString()).isZero();
		return report;
	}

	byte[] export(String path) throws Exception {
		MockHttpServletResponse r = mvc.perform(get(path).header("Authorization", "Bearer " + f.adminToken))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).isEqualTo(200);
		return r.getContentAsByteArray();
	}

	/** Importing again changes nothing: every entry unchanged, no history written. */
	void importAgainChangesNothing(String format, String name, byte[] content) throws Exception {
		int history = f.count("dir_field_change");
		int stored = f.count("dir_service") + f.count("dir_organisation") + f.count("dir_location");
		JsonNode again = importOk(format, name, content);
		assertThat(again.at("/counts/CREATED").asInt() + again.at("/counts/UPDATED").asInt()).as(again.toString())
			.isZero();
		assertThat(again.at("/counts/UNCHANGED").asInt()).isPositive();
		assertThat(f.count("dir_field_change")).isEqualTo(history);
		assertThat(f.count("dir_service") + f.count("dir_organisation") + f.count("dir_location")).isEqualTo(stored);
	}

	@Test
	void theImportAndExportsAreInTheOpenApiDescription() throws Exception {
		String openapi = mvc.perform(get("/api/v1/openapi")).andReturn().getResponse().getContentAsString();
		assertThat(openapi).contains("/api/v1/directory/imports", "multipart/form-data", "dryRun",
				"/api/v1/directory/exports/hsds.json", "/api/v1/directory/exports/hsds.ndjson",
				"/api/v1/directory/exports/datainclusion.json", "/api/v1/directory/exports/csv");
	}

	@Test
	void theHsdsTabularPackageImportsLikeTheJsonAndAgainChangesNothing() throws Exception {
		byte[] zip = tabularZip(ImportFixtures.resource("standards/hsds-3.0/tabular.json"));
		JsonNode report = importOk("hsds-csv", "tabular.zip", zip);
		assertThat(report.at("/counts/CREATED").asInt()).isEqualTo(2);
		Service s = services.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "hsds", SERVICE_FULL).orElseThrow();
		assertThat(s.getName().get("fr", null)).isEqualTo("Community Counselling");
		assertThat(s.getMinAge()).isEqualTo(12);
		assertThat(s.getMaxAge()).isEqualTo(100);
		assertThat(s.getLanguages()).containsExactly("ur");
		assertThat(s.getContactName()).isEqualTo("Ann Persona");
		importAgainChangesNothing("hsds-csv", "tabular.zip", zip);
		assertThat(f.count("dir_service")).isEqualTo(1);
	}

	@Test
	void theCsvTemplateGoesInAndComesOutAsItWent() throws Exception {
		byte[] template = mvc.perform(get("/admin/directory/imports/template.csv").with(user(f.admin())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		JsonNode report = importOk("csv", "template.csv", template);
		assertThat(report.at("/counts/CREATED").asInt()).as("the organisation and its service").isEqualTo(2);
		Service s = services.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "csv", "asso-exemple-aide-numerique")
			.orElseThrow();
		assertThat(s.getNeeds()).containsExactly("numerique--acceder-a-des-services-en-ligne");
		assertThat(s.getFeesFree()).isTrue();
		assertThat(s.getLanguages()).containsExactlyInAnyOrder("fr", "ar");
		assertThat(s.getPrerequisites()).containsExactly("appointment-required");
		assertThat(s.getDocuments()).containsExactlyInAnyOrder("identity-document", "proof-of-address");
		List<WeeklySlot> hours = tx.execute(x -> List.copyOf(
				services.findById(s.getId()).orElseThrow().getLocations().iterator().next().getWeekly()));
		assertThat(hours).hasSize(11).contains(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));

		byte[] exported = export("/api/v1/directory/exports/csv");
		String csv = new String(exported, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFForganisation_source,organisation_id,").contains("Mo-Fr 09:00-12:00,14:00-17:00");
		importAgainChangesNothing("csv", "export.csv", exported);

		byte[] edited = csv.replace("Aide aux démarches en ligne", "Aide aux démarches administratives")
			.getBytes(StandardCharsets.UTF_8);
		JsonNode changed = importOk("csv", "edited.csv", edited);
		assertThat(changed.at("/counts/UPDATED").asInt()).isEqualTo(1);
		assertThat(services.findById(s.getId()).orElseThrow().getName().get("fr", null))
			.isEqualTo("Aide aux démarches administratives");
		assertThat(names(search.search(query(Set.of("numerique--acceder-a-des-services-en-ligne")))))
			.as("the search shows the new name").containsExactly("Aide aux démarches administratives");

		// the organisation renamed alone: its service is not changed, but its search result shows the new name
		byte[] renamed = new String(export("/api/v1/directory/exports/csv"), StandardCharsets.UTF_8)
			.replace("Association Exemple", "Association Exemple du Rhône")
			.getBytes(StandardCharsets.UTF_8);
		JsonNode again = importOk("csv", "renamed.csv", renamed);
		assertThat(again.at("/counts/UPDATED").asInt()).as(again.toString()).isEqualTo(1);
		assertThat(search.search(query(Set.of("numerique--acceder-a-des-services-en-ligne"))).hits())
			.singleElement()
			.satisfies(h -> assertThat(h.organisationName()).isEqualTo("Association Exemple du Rhône"));
	}

	@Test
	void hsdsAndDataInclusionExportsImportAgainWithoutChange() throws Exception {
		importOk("datainclusion", "lyon.json", ImportFixtures.resource("directory/datainclusion-lyon.json"));
		assertThat(f.count("dir_service")).isEqualTo(5);

		byte[] hsds = export("/api/v1/directory/exports/hsds.json");
		JsonNode list = json.readTree(hsds);
		assertThat(list.isArray()).isTrue();
		assertThat(list.size()).isEqualTo(5);
		JsonNode numerique = null;
		for (JsonNode s : list) {
			if (s.get("name").asString().equals("Aide aux démarches en ligne")) {
				numerique = s;
			}
		}
		assertThat(numerique).as(list.toString()).isNotNull();
		assertThat(numerique.at("/organization/name").asString()).isNotBlank();
		assertThat(numerique.get("attributes").toString()).contains("numerique--acceder-a-des-services-en-ligne");
		assertThat(numerique.at("/service_at_locations/0/location/latitude").isNumber()).isTrue();
		com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory
			.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
			.getSchema(new java.io.ByteArrayInputStream(
					ImportFixtures.resource("hsds-3.0/service.json")));
		com.fasterxml.jackson.databind.JsonNode services2 = new com.fasterxml.jackson.databind.ObjectMapper().readTree(hsds);
		for (com.fasterxml.jackson.databind.JsonNode service : services2) {
			assertThat(schema.validate(service)).as("HSDS 3.0 service schema: " + service.get("id")).isEmpty();
		}
		importAgainChangesNothing("hsds", "export.json", hsds);

		byte[] ndjson = export("/api/v1/directory/exports/hsds.ndjson");
		String[] lines = new String(ndjson, StandardCharsets.UTF_8).strip().split("\n");
		assertThat(lines).hasSize(5);
		for (String line : lines) {
			assertThat(json.readTree(line).get("id").asString()).isNotBlank();
		}
		importAgainChangesNothing("hsds", "export.ndjson", ndjson);

		byte[] di = export("/api/v1/directory/exports/datainclusion.json");
		JsonNode diRoot = json.readTree(di);
		assertThat(diRoot.get("structures").size()).isEqualTo(3);
		assertThat(diRoot.get("services").size()).isEqualTo(5);
		importAgainChangesNothing("datainclusion", "export-di.json", di);
		assertThat(f.count("dir_service")).isEqualTo(5);
	}

	@Test
	void importedServicesAreFoundByNeedAndDistance() throws Exception {
		importOk("datainclusion", "lyon.json", ImportFixtures.resource("directory/datainclusion-lyon.json"));
		// near the Pentes de la Croix-Rousse, within 2 km, for online procedures
		SearchResult near = search.search(query(Set.of("numerique--acceder-a-des-services-en-ligne"), 45.768, 4.833, 2.0));
		assertThat(names(near)).containsExactly("Aide aux démarches en ligne");
		assertThat(near.hits().get(0).distanceKm()).isLessThan(1.0);
		// a job near Vénissieux: the youth support there, not the one 8 km away in Lyon
		SearchResult jobs = search.search(query(Set.of("trouver-un-emploi"), 45.70, 4.887, 3.0));
		assertThat(names(jobs)).containsExactly("Accompagnement vers l’emploi des 16-25 ans");
		SearchResult jobsInLyon = search.search(query(Set.of("trouver-un-emploi"), 45.768, 4.833, 3.0));
		assertThat(jobsInLyon.hits()).isEmpty();
	}

	private SearchQuery query(Set<String> needs) {
		return new SearchQuery(f.territory.id(), true, null, "fr", needs, null, null, null, null, false, null, null,
				null, false, null, null, null, null, SearchQuery.Sort.NAME, 0, 20);
	}

	private SearchQuery query(Set<String> needs, double lat, double lon, double radiusKm) {
		return new SearchQuery(f.territory.id(), true, null, "fr", needs, null, null, null, null, false, null, null,
				null, false, lat, lon, radiusKm, null, SearchQuery.Sort.DISTANCE, 0, 20);
	}

	private static List<String> names(SearchResult r) {
		return r.hits().stream().map(SearchHit::name).toList();
	}

	/** The tabular example of HSDS 3.0 (file name → rows) as the zip of CSV files the format is. */
	static byte[] tabularZip(byte[] tabularJson) throws Exception {
		JsonNode root = JsonMapper.builder().build().readTree(tabularJson);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, JsonNode> table : root.properties()) {
				Set<String> columns = new LinkedHashSet<>();
				table.getValue().forEach(row -> row.propertyNames().forEach(columns::add));
				StringBuilder csv = new StringBuilder();
				java.io.StringWriter out = new java.io.StringWriter();
				Csv.write(out, new ArrayList<>(columns));
				for (JsonNode row : table.getValue()) {
					List<String> values = new ArrayList<>();
					for (String c : columns) {
						JsonNode v = row.get(c);
						values.add(v == null || v.isNull() ? "" : v.isString() ? v.asString() : v.toString());
					}
					Csv.write(out, values);
				}
				csv.append(out);
				zip.putNextEntry(new ZipEntry(table.getKey()));
				zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
