package org.relais.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.directory.domain.DirectoryChanges;
import org.relais.directory.domain.FieldChange;
import org.relais.directory.domain.FieldChangeRepository;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.WeeklySlot;
import org.relais.platform.Role;
import org.relais.territory.domain.ApiTokens;
import org.relais.platform.AccountDirectory;
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

/** The import API with the official HSDS examples, a data·inclusion file of Lyon, and bad records. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiTest {

	private static final String SERVICE_FULL = "ac148810-d857-441c-9679-408f346de14b";

	private static final String ORGANIZATION_FULL = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ServiceRepository services;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	LocationRepository locations;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	FieldChangeRepository changes;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ApiTokens tokens;

	final JsonMapper json = JsonMapper.builder().build();

	ImportFixtures f;

	@BeforeEach
	void territory() {
		f = new ImportFixtures(context);
	}

	MockHttpServletResponse post(String token, String format, String slug, String dryRun, String name, byte[] content)
			throws Exception {
		var request = multipart("/api/v1/directory/imports");
		if (content != null) {
			request.file(new MockMultipartFile("file", name, "application/octet-stream", content));
		}
		if (format != null) {
			request.param("format", format);
		}
		if (slug != null) {
			request.param("territory", slug);
		}
		if (dryRun != null) {
			request.param("dryRun", dryRun);
		}
		request.header("Authorization", "Bearer " + token).header("Accept-Language", "en");
		return mvc.perform(request).andReturn().getResponse();
	}

	JsonNode importOk(String format, String dryRun, String name, byte[] content) throws Exception {
		MockHttpServletResponse r = post(f.adminToken, format, f.territory.slug(), dryRun, name, content);
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
		return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void serviceFullImportsAndAgainChangesNothing() throws Exception {
		byte[] file = ImportFixtures.resource("standards/hsds-3.0/service_full.json");
		JsonNode first = importOk("hsds", "false", "service_full.json", file);
		assertThat(first.at("/counts/CREATED").asInt()).isEqualTo(2);
		assertThat(first.at("/counts/REJECTED").asInt()).isZero();
		Service s = services.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "hsds", SERVICE_FULL).orElseThrow();
		assertThat(s.getName().get("fr", null)).isEqualTo("Community Counselling");
		assertThat(s.getMinAge()).isEqualTo(12);
		assertThat(s.getMaxAge()).isEqualTo(100);
		assertThat(s.getLanguages()).containsExactly("ur");
		assertThat(s.getStatus()).as("no need: a draft").isEqualTo(ServiceStatus.DRAFT);
		Organisation o = organisations
			.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "hsds", ORGANIZATION_FULL)
			.orElseThrow();
		assertThat(o.getStatus()).isEqualTo(OrganisationStatus.ACTIVE);
		assertThat(o.getLegalId()).isEqualTo("1234567");
		Location l = locations
			.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "hsds", "3a19ff88-4620-4d17-9830-ac1d859eb5d5")
			.orElseThrow();
		assertThat(l.hasCoordinates()).as("latitude 100 is out of range").isFalse();
		List<WeeklySlot> weekly = tx.execute(x -> List.copyOf(locations.findById(l.getId()).orElseThrow().getWeekly()));
		assertThat(weekly).containsExactly(new WeeklySlot(DayOfWeek.THURSDAY, LocalTime.of(10, 0), LocalTime.of(18, 0)),
				new WeeklySlot(DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(18, 0)));
		assertThat(first.toString()).contains("directory.imports.warning.coordinatesDropped");

		int history = f.count("dir_field_change");
		assertThat(history).isPositive();
		// a created entry gets one history row saying where it came from, not one per field
		List<FieldChange> serviceHistory = changes.findByResourceIdOrderByChangedAtDesc(s.getId());
		assertThat(serviceHistory).singleElement().satisfies(c -> {
			assertThat(c.getActionType()).isEqualTo("create");
			assertThat(c.getFieldName()).isEqualTo(DirectoryChanges.CREATED_FIELD);
			assertThat(c.getPreviousValue()).isNull();
			assertThat(c.getReplacementValue()).isEqualTo("hsds / " + SERVICE_FULL);
		});
		Instant updated = s.getUpdatedAt();
		JsonNode second = importOk("hsds", "false", "service_full.json", file);
		assertThat(second.at("/counts/UNCHANGED").asInt()).isEqualTo(2);
		assertThat(second.at("/counts/CREATED").asInt() + second.at("/counts/UPDATED").asInt()).isZero();
		assertThat(f.count("dir_field_change")).isEqualTo(history);
		assertThat(services.findById(s.getId()).orElseThrow().getUpdatedAt()).isEqualTo(updated);
		assertThat(f.count("dir_service")).isEqualTo(1);
	}

	@Test
	void organizationFullImportsWithItsServiceAndAgainChangesNothing() throws Exception {
		byte[] file = ImportFixtures.resource("standards/hsds-3.0/organization_full.json");
		JsonNode first = importOk("hsds", null, "organization_full.json", file);
		assertThat(first.at("/counts/CREATED").asInt()).isEqualTo(2);
		assertThat(first.at("/entries/0/kind").asString()).isEqualTo("organisation");
		assertThat(first.at("/entries/1/kind").asString()).isEqualTo("service");
		Service s = services.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "hsds", SERVICE_FULL).orElseThrow();
		assertThat(s.getOrganisationId()).isEqualTo(organisations
			.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "hsds", ORGANIZATION_FULL)
			.orElseThrow()
			.getId());
		int history = f.count("dir_field_change");
		JsonNode second = importOk("hsds", "false", "organization_full.json", file);
		assertThat(second.at("/counts/UNCHANGED").asInt()).isEqualTo(2);
		assertThat(f.count("dir_field_change")).isEqualTo(history);
		assertThat(f.count("dir_location")).isEqualTo(1);
	}

	@Test
	void listsAndPagesImportToo() throws Exception {
		JsonNode services = importOk("hsds", "false", "service_list.json",
				ImportFixtures.resource("standards/hsds-3.0/service_list.json"));
		assertThat(services.at("/counts/CREATED").asInt()).isEqualTo(2);
		JsonNode orgs = importOk("hsds", "false", "organization_list.json",
				ImportFixtures.resource("standards/hsds-3.0/organization_list.json"));
		assertThat(orgs.at("/counts/UNCHANGED").asInt()).as("the same organisation, already there").isEqualTo(1);
	}

	@Test
	void dataInclusionImportsNeedsPublicsZonesAndHours() throws Exception {
		byte[] file = ImportFixtures.resource("directory/datainclusion-lyon.json");
		JsonNode dry = importOk("datainclusion", "true", "lyon.json", file);
		assertThat(dry.at("/dryRun").asBoolean()).isTrue();
		assertThat(dry.at("/counts/CREATED").asInt()).as(dry.toString()).isEqualTo(8);
		assertThat(f.count("dir_organisation") + f.count("dir_service") + f.count("dir_location")
				+ f.count("dir_field_change")).as("a dry run writes nothing").isZero();

		JsonNode applied = importOk("datainclusion", "false", "lyon.json", file);
		assertThat(applied.at("/counts/CREATED").asInt()).isEqualTo(8);
		assertThat(applied.at("/counts/REJECTED").asInt()).isZero();
		assertThat(f.count("dir_organisation")).isEqualTo(3);
		assertThat(f.count("dir_service")).isEqualTo(5);

		Service numerique = service("dora--pentes-aide-numerique");
		assertThat(numerique.getNeeds()).containsExactlyInAnyOrder("numerique--acceder-a-des-services-en-ligne",
				"numerique--maitriser-les-fondamentaux-du-numerique");
		assertThat(numerique.getPublics()).containsExactly("tous-publics");
		assertThat(numerique.isZoneWholeTerritory()).isFalse();
		assertThat(numerique.getZoneAreas()).containsExactlyInAnyOrder("69123", "69266");
		assertThat(numerique.getFeesFree()).isTrue();
		assertThat(numerique.getStatus()).isEqualTo(ServiceStatus.PUBLISHED);
		List<WeeklySlot> hours = tx.execute(x -> List.copyOf(services.findById(numerique.getId()).orElseThrow()
			.getLocations().iterator().next().getWeekly()));
		assertThat(hours).hasSize(11)
			.contains(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
					new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(17, 0)));

		Service cv = service("soliguide--mde-atelier-cv");
		assertThat(cv.isZoneWholeTerritory()).as("the EPCI code is the whole territory").isTrue();
		assertThat(cv.getReceptionModes()).containsExactlyInAnyOrder("en-presentiel", "a-distance");
		Service jeunes = service("soliguide--mde-accompagnement-jeunes");
		assertThat(jeunes.getZoneAreas()).containsExactlyInAnyOrder("69259", "69029");
		assertThat(applied.toString()).contains("directory.imports.warning.zonePartlyOutside", "75056");
		Service epicerie = service("dora--epicerie-aide-alimentaire");
		assertThat(epicerie.getFeesFree()).isFalse();
		assertThat(epicerie.getPublics()).containsExactlyInAnyOrder("beneficiaires-des-minimas-sociaux", "familles");

		int history = f.count("dir_field_change");
		JsonNode again = importOk("datainclusion", "false", "lyon.json", file);
		assertThat(again.at("/counts/UNCHANGED").asInt()).as(again.toString()).isEqualTo(8);
		assertThat(f.count("dir_field_change")).isEqualTo(history);
	}

	private Service service(String externalId) {
		return services.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "data-inclusion", externalId)
			.orElseThrow();
	}

	@Test
	void badRecordsAreRejectedWithTheirReasonsAndNothingOfThemIsStored() throws Exception {
		String file = """
				{"structures": [{"source": "test", "id": "bad--structure", "nom": "Structure de test", "date_maj": "2026-01-01",
				  "adresse": "1 place Bellecour", "code_insee": "69123", "commune": "Lyon", "latitude": 45.757, "longitude": 4.832}],
				 "services": [
				  {"source": "test", "id": "bad--thematique", "structure_id": "bad--structure", "nom": "Thématique inconnue",
				   "description": "Un service avec une thématique qui n’existe pas.", "date_maj": "2026-01-01",
				   "thematiques": ["pas-une-thematique"]},
				  {"source": "test", "id": "bad--script", "structure_id": "bad--structure", "nom": "Description piégée",
				   "description": "Bonjour <script>alert('x')</script>", "date_maj": "2026-01-01",
				   "thematiques": ["remobilisation--lien-social"]},
				  {"source": "test", "id": "bad--hours", "structure_id": "bad--structure", "nom": "Horaires à l’envers",
				   "description": "Ferme avant d’ouvrir.", "date_maj": "2026-01-01", "adresse": "2 rue de la République",
				   "code_insee": "69123", "thematiques": ["remobilisation--lien-social"], "horaires_accueil": "Mo 18:00-09:00"},
				  {"source": "test", "id": "good--html", "structure_id": "bad--structure", "nom": "Bon service",
				   "description": "<p>Un <b>bon</b> service.</p>", "date_maj": "2026-01-01",
				   "thematiques": ["remobilisation--lien-social"]}
				 ]}
				""";
		JsonNode report = importOk("datainclusion", "false", "bad.json", file.getBytes(StandardCharsets.UTF_8));
		Map<String, JsonNode> byId = new java.util.HashMap<>();
		report.get("entries").forEach(e -> byId.put(e.get("externalId").asString(), e));
		assertThat(byId.get("bad--thematique").get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(byId.get("bad--thematique").toString()).contains("directory.imports.error.unknownCode",
				"pas-une-thematique");
		assertThat(byId.get("bad--script").get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(byId.get("bad--script").toString()).contains("directory.imports.error.script");
		assertThat(byId.get("bad--hours").get("outcome").asString()).isEqualTo("REJECTED");
		assertThat(byId.get("bad--hours").toString()).contains("directory.imports.error.closesBeforeOpens",
				"closing (09:00) before opening (18:00)");
		assertThat(byId.get("good--html").get("outcome").asString()).isEqualTo("CREATED");
		assertThat(service("good--html").getDescription().get("fr", null)).isEqualTo("Un bon service.");
		assertThat(report.at("/counts/REJECTED").asInt()).isEqualTo(3);
		for (String id : List.of("bad--thematique", "bad--script", "bad--hours")) {
			assertThat(services.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "data-inclusion", id)).isEmpty();
		}
		assertThat(locations.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "data-inclusion",
				"service:bad--hours")).as("the rejected service's place is not written either").isEmpty();

		String ages = """
				[{"id": "ages-1", "name": "Âges à l’envers", "status": "active", "minimum_age": 50, "maximum_age": 10,
				  "organization": {"id": "ages-org", "name": "Organisation des âges"}}]
				""";
		JsonNode agesReport = importOk("hsds", "false", "ages.json", ages.getBytes(StandardCharsets.UTF_8));
		assertThat(agesReport.at("/entries/0/outcome").asString()).isEqualTo("REJECTED");
		assertThat(agesReport.toString()).contains("directory.imports.error.ageRange",
				"The minimum age (50) is above the maximum age (10).");
		assertThat(organisations.findByTerritoryIdAndSourceAndExternalId(f.territory.id(), "hsds", "ages-org")).isEmpty();
	}

	@Test
	void aFileOverFiftyMegabytesIsRefused() throws Exception {
		byte[] big = new byte[50 * 1024 * 1024 + 1];
		MockHttpServletResponse r = post(f.adminToken, "hsds", f.territory.slug(), "true", "big.json", big);
		assertThat(r.getStatus()).isEqualTo(413);
		assertThat(r.getContentType()).startsWith("application/problem+json");
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("50 MB");
	}

	@Test
	void rolesTerritoriesAndPartsAreChecked() throws Exception {
		byte[] file = ImportFixtures.resource("standards/hsds-3.0/service_full.json");
		String swissAdmin = tokens.create(accounts.findByEmail("admin@ch.demo.relais").orElseThrow().userId(), "t").token();
		assertThat(post(swissAdmin, "hsds", f.territory.slug(), "false", "s.json", file).getStatus()).isEqualTo(404);
		assertThat(post(f.tokenFor(Role.AGENT, Role.COORDINATOR), "hsds", f.territory.slug(), "false", "s.json", file)
			.getStatus()).isEqualTo(403);
		MockHttpServletResponse badFormat = post(f.adminToken, "xml", f.territory.slug(), "false", "s.json", file);
		assertThat(badFormat.getStatus()).isEqualTo(400);
		assertThat(badFormat.getContentType()).startsWith("application/problem+json");
		assertThat(post(f.adminToken, "hsds", f.territory.slug(), "false", null, null).getStatus()).isEqualTo(400);
		assertThat(post(f.adminToken, "hsds", null, "false", "s.json", file).getStatus()).isEqualTo(400);
		assertThat(post(f.adminToken, "hsds", f.territory.slug(), "maybe", "s.json", file).getStatus()).isEqualTo(400);
		assertThat(f.count("dir_service")).isZero();
		MockHttpServletResponse garbage = post(f.adminToken, "hsds", f.territory.slug(), "false", "g.json",
				"{not json".getBytes(StandardCharsets.UTF_8));
		assertThat(garbage.getStatus()).isEqualTo(200);
		assertThat(garbage.getContentAsString()).contains("directory.imports.error.badJson");
	}

}
