package org.relais.people.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.people.BeneficiaryErased;
import org.relais.people.BeneficiarySummary;
import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.people.retention.PeopleRetention;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The territory admin's people page: retention period, export (JSON, PDF) and erasure of a person. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PeopleAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	People people;

	@Autowired
	PeopleRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	RelaisPrincipal admin;

	RelaisPrincipal agent;

	RelaisPrincipal swissAgent;

	UUID lyon;

	String tag;

	BeneficiarySummary person;

	@BeforeEach
	void setUp() {
		admin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		swissAgent = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		tag = "Zq" + java.util.concurrent.ThreadLocalRandom.current()
			.ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		person = people.create(lyon, new NewBeneficiary("Noé", "Droits-" + tag, false, null, 1975, "69100", "69266",
				"06 10 20 30 40", null, Set.of("fr"), ContactPreference.PHONE,
				Set.of("beneficiaires-des-minimas-sociaux"), 10, false, "Note " + tag), null);
		people.recordConsent(lyon, person.id(), "Orientation " + tag, ConsentMethod.ORAL, null);
	}

	private MockHttpServletResponse call(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private long accessRows(String what) {
		return jdbc.queryForObject("select count(*) from personal_data_access where subject_id = ? and what = ?",
				Long.class, person.id(), what);
	}

	@Test
	void theAdminFindsThePersonAndSetsTheRetentionPeriod() throws Exception {
		var page = call(get("/admin/people").param("q", "droits-" + tag).with(user(admin)));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("/admin/people/" + person.id() + "/export.json",
				"/admin/people/" + person.id() + "/erase");
		var bad = call(post("/admin/people/retention").param("months", "3").with(user(admin)).with(csrf()));
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"months-error\"", "aria-invalid=\"true\"");
		assertThat(retention.months(lyon)).isBetween(6, 120);
		int before = retention.months(lyon);
		try {
			assertThat(call(post("/admin/people/retention").param("months", "36").with(user(admin)).with(csrf()))
				.getStatus()).isEqualTo(302);
			assertThat(retention.months(lyon)).isEqualTo(36);
		}
		finally {
			retention.setMonths(lyon, before, null);
		}
	}

	@Test
	void onlyTheAdminOfTheTerritoryReachesThePage() throws Exception {
		// /admin/** is closed to non-admins by the security rules (403) before the controller's own 404
		assertThat(call(get("/admin/people").with(user(agent))).getStatus()).isIn(403, 404);
		assertThat(call(get("/admin/people/{id}/export.json", person.id()).with(user(agent))).getStatus())
			.isIn(403, 404);
		assertThat(call(get("/admin/people/{id}/export.json", person.id()).with(user(swissAgent))).getStatus())
			.isIn(403, 404);
		RelaisPrincipal swissAdmin = accounts.findByEmail("admin@ch.demo.relais").orElseThrow();
		for (String path : new String[] { "/admin/people/{id}/export.json", "/admin/people/{id}/export.pdf",
				"/admin/people/{id}/erase" }) {
			assertThat(call(get(path, person.id()).with(user(swissAdmin))).getStatus()).as(path).isEqualTo(404);
		}
		assertThat(accessRows("export")).isZero();
	}

	@Test
	void theExportHoldsTheRecordAndConsentsAndIsLogged() throws Exception {
		var json = call(get("/admin/people/{id}/export.json", person.id()).with(user(admin)));
		assertThat(json.getStatus()).isEqualTo(200);
		assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("Droits-" + tag, "Note " + tag,
				"Orientation " + tag, "beneficiaires-des-minimas-sociaux", "people.export.consents");
		assertThat(accessRows("export")).isEqualTo(1);
		assertThat(accessRows("sensitive:SOCIAL_AID")).isEqualTo(1);

		var pdf = call(get("/admin/people/{id}/export.pdf", person.id()).with(user(admin))
			.header("Accept-Language", "de"));
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(pdf.getContentAsByteArray())).getTextFromPage(1);
		assertThat(text).contains("Droits-" + tag, "Einwilligungen", "Orientation " + tag, "Geburtsjahr");
		assertThat(accessRows("export")).isEqualTo(2);
	}

	@Test
	void erasureNeedsConfirmationThenDeletesAndIsAudited() throws Exception {
		assertThat(call(get("/admin/people/{id}/erase", person.id()).with(user(admin))).getStatus()).isEqualTo(200);
		var unconfirmed = call(post("/admin/people/{id}/erase", person.id()).with(user(admin)).with(csrf()));
		assertThat(unconfirmed.getRedirectedUrl()).isEqualTo("/admin/people/" + person.id() + "/erase");
		assertThat(people.search(lyon, "droits-" + tag, 5)).hasSize(1);

		var erased = call(post("/admin/people/{id}/erase", person.id()).param("confirm", "yes")
			.with(user(admin))
			.with(csrf()));
		assertThat(erased.getRedirectedUrl()).isEqualTo("/admin/people");
		assertThat(people.search(lyon, "droits-" + tag, 5)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from ppl_consent where beneficiary_id = ?", Long.class,
				person.id())).isZero();
		assertThat(events.stream(BeneficiaryErased.class)).anyMatch(e -> e.beneficiaryId().equals(person.id())
				&& e.territoryId().equals(lyon));
		assertThat(jdbc.queryForList("select target, detail from audit_event where action = 'PERSON_ERASED' and target like ?",
				"%" + person.id() + "%")).hasSize(1).allSatisfy(row -> assertThat(row.toString()).doesNotContain(tag));
		assertThat(accessRows("erased")).isEqualTo(1);
	}

}
