package org.relais.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.people.BeneficiarySummary;
import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The /people pages: search, create (field errors, duplicates), the record by role, and who gets a 404. */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	RelaisPrincipal agent;

	RelaisPrincipal coordinator;

	RelaisPrincipal partner;

	RelaisPrincipal swissAgent;

	UUID lyon;

	String tag;

	@BeforeEach
	void setUp() {
		agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		coordinator = accounts.findByEmail("coordinator@demo.relais").orElseThrow();
		partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		swissAgent = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		tag = "Zq" + java.util.concurrent.ThreadLocalRandom.current()
			.ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
	}

	private MockHttpServletResponse call(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse r) throws Exception {
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder create(RelaisPrincipal as) {
		return post("/people/new").with(user(as)).with(csrf()).header("Accept-Language", "en");
	}

	private BeneficiarySummary exile() {
		return people.create(lyon, new NewBeneficiary("Amal", "Exil-" + tag, false, null, 1990, "69100", "69266",
				null, null, Set.of("ar"), ContactPreference.PHONE, Set.of("personnes-exilees", "jeunes"), 10, false,
				null), null);
	}

	/** The record as the Lyon agent reads it (the read is logged, so it needs a signed-in user). */
	private java.util.Optional<org.relais.people.BeneficiaryRecord> read(UUID id) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(agent, null, agent.getAuthorities()));
		try {
			return people.read(lyon, id);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long accessRows(UUID subject, String what) {
		return jdbc.queryForObject("select count(*) from personal_data_access where subject_id = ? and what = ?",
				Long.class, subject, what);
	}

	@Test
	void aFormWithErrorsComesBackWithTranslatedMessagesNextToTheFields() throws Exception {
		var r = call(create(agent).param("firstName", "Léa")
			.param("lastName", " ")
			.param("birthYear", "1800")
			.param("postalCode", "12")
			.param("email", "not-an-email")
			.param("communeCode", "99999")
			.param("situations", "not-a-public"));
		assertThat(r.getStatus()).isEqualTo(422);
		String html = body(r);
		assertThat(html).contains("id=\"error-summary\"", "id=\"lastName-error\"", "id=\"birthYear-error\"",
				"id=\"postalCode-error\"", "id=\"email-error\"", "id=\"communeCode-error\"", "id=\"situations-error\"",
				"This field is required.", "Enter a postal code of 4 or 5 digits.",
				"Enter a year between 1900 and this year.");
		assertThat(html).containsPattern("id=\"lastName\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"lastName\"");
		assertThat(people.search(lyon, "Léa", 50)).noneMatch(p -> p.lastName() == null || p.lastName().isBlank());
	}

	@Test
	void valuesThatDoNotConvertGetTranslatedMessages() throws Exception {
		var r = call(create(agent).param("firstName", "Léa")
			.param("lastName", "Conv-" + tag)
			.param("birthYear", "abc")
			.param("birthDate", "2020-13-45")
			.param("maxDistanceKm", "far")
			.param("contactPreference", "PIGEON"));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(body(r)).contains("id=\"birthYear-error\"", "id=\"birthDate-error\"", "id=\"maxDistanceKm-error\"",
				"Enter a date, like 1987-03-14.", "Enter a distance between 1 and 200 km.", "This value is not valid.")
			.doesNotContain("Failed to convert");
		assertThat(people.search(lyon, "Conv-" + tag, 5)).isEmpty();
	}

	@Test
	void aLikelyDuplicateIsFlaggedThenCreatedAnywayWhenTheAgentSaysSo() throws Exception {
		BeneficiarySummary first = people.create(lyon, new NewBeneficiary("Paul", "Dubois-" + tag, false, null, 1980,
				null, null, "06 11 22 33 44", null, Set.of(), null, Set.of(), null, false, null), null);
		var again = call(create(agent).param("firstName", "Paul")
			.param("lastName", "dubois-" + tag.toLowerCase())
			.param("birthYear", "1980")
			.param("contactPreference", "PHONE"));
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(body(again)).contains("id=\"duplicates\"", "/people/" + first.id(), "differentPerson");
		assertThat(people.search(lyon, "Dubois-" + tag, 10)).hasSize(1);

		var anyway = call(create(agent).param("firstName", "Paul")
			.param("lastName", "Dubois-" + tag)
			.param("birthYear", "1980")
			.param("contactPreference", "PHONE")
			.param("differentPerson", "true")
			.param("next", "/orientation?service=x"));
		assertThat(anyway.getStatus()).isEqualTo(302);
		assertThat(people.search(lyon, "Dubois-" + tag, 10)).hasSize(2);
		UUID created = people.search(lyon, "Dubois-" + tag, 10)
			.stream()
			.map(BeneficiarySummary::id)
			.filter(id -> !id.equals(first.id()))
			.findFirst()
			.orElseThrow();
		assertThat(anyway.getRedirectedUrl()).isEqualTo("/orientation?service=x&person=" + created);
	}

	@Test
	void aForeignNextIsIgnored() throws Exception {
		var r = call(create(agent).param("firstName", "Rita")
			.param("lastName", "Next-" + tag)
			.param("contactPreference", "EMAIL")
			.param("next", "//evil.example/x"));
		assertThat(r.getStatus()).isEqualTo(302);
		assertThat(r.getRedirectedUrl()).startsWith("/people/");
		UUID id = UUID.fromString(r.getRedirectedUrl().substring("/people/".length()));
		assertThat(read(id)).get().satisfies(p -> {
			assertThat(p.contactPreference()).isEqualTo(ContactPreference.EMAIL);
			assertThat(p.firstName()).isEqualTo("Rita");
		});
	}

	@Test
	void theSearchFindsByNameAndAnswersHtmxWithTheResultsOnly() throws Exception {
		BeneficiarySummary p = exile();
		var page = call(get("/people").param("q", "exil-" + tag).with(user(agent)));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("<html", "/people/" + p.id(), "Amal Exil-" + tag);
		var fragment = call(get("/people").param("q", "exil-" + tag).header("HX-Request", "true").with(user(agent)));
		assertThat(body(fragment)).contains("/people/" + p.id()).doesNotContain("<html");
		assertThat(accessRows(p.id(), "listed")).as("each listing is logged").isEqualTo(2);
		assertThat(body(call(get("/people").param("q", "nobody-" + tag).with(user(agent))))).doesNotContain("/people/" + p.id());
	}

	@Test
	void theAgentSeesTheMigrationSituationAndItsReadIsLogged() throws Exception {
		BeneficiarySummary p = exile();
		people.recordConsent(lyon, p.id(), "Orientation " + tag, ConsentMethod.SIGNED_FORM, null);
		var r = call(get("/people/{id}", p.id()).with(user(agent)).header("Accept-Language", "en"));
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(body(r)).contains("Amal Exil-" + tag, "Refugees and migrants", "Young people", "Orientation " + tag,
				"Signed form", "/orientation?person=" + p.id(), "/people/" + p.id() + "/pathway")
			.doesNotContain("hidden for your role");
		assertThat(accessRows(p.id(), "profile")).isEqualTo(1);
		assertThat(accessRows(p.id(), "sensitive:MIGRATION")).isEqualTo(1);
	}

	@Test
	void theCoordinatorDoesNotSeeSensitiveSituations() throws Exception {
		BeneficiarySummary p = exile();
		var r = call(get("/people/{id}", p.id()).with(user(coordinator)).header("Accept-Language", "en"));
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(body(r)).contains("Young people", "hidden for your role").doesNotContain("Refugees and migrants");
		assertThat(accessRows(p.id(), "profile")).isEqualTo(1);
		assertThat(accessRows(p.id(), "sensitive:MIGRATION")).isZero();
	}

	@Test
	void consentsAreRecordedAndWithdrawn() throws Exception {
		BeneficiarySummary p = exile();
		var bad = call(post("/people/{id}/consents", p.id()).param("purpose", " ").param("method", "ORAL")
			.with(user(agent)).with(csrf()));
		assertThat(bad.getStatus()).isEqualTo(302);
		assertThat(people.consents(lyon, p.id())).isEmpty();
		call(post("/people/{id}/consents", p.id()).param("purpose", "Partage " + tag).param("method", "WRITTEN")
			.with(user(agent)).with(csrf()));
		var consent = people.consents(lyon, p.id()).get(0);
		assertThat(consent.method()).isEqualTo(ConsentMethod.WRITTEN);
		call(post("/people/{id}/consents/{c}/withdraw", p.id(), consent.id()).with(user(agent)).with(csrf()));
		assertThat(people.consents(lyon, p.id()).get(0).current()).isFalse();
	}

	@Test
	void anEditKeepsWhatTheEditorCouldNotSee() throws Exception {
		BeneficiarySummary p = exile();
		var form = call(get("/people/{id}/edit", p.id()).with(user(coordinator)));
		assertThat(body(form)).doesNotContain("value=\"personnes-exilees\" checked");
		var saved = call(post("/people/{id}/edit", p.id()).with(user(coordinator)).with(csrf())
			.param("firstName", "Amal").param("lastName", "Exil-" + tag).param("phone", "06 99 88 77 66")
			.param("situations", "jeunes").param("contactPreference", "PHONE"));
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(read(p.id())).get().satisfies(r -> {
			assertThat(r.phone()).isEqualTo("06 99 88 77 66");
			assertThat(r.situations()).containsExactlyInAnyOrder("jeunes", "personnes-exilees");
		});
	}

	@Test
	void theMenuShowsPeopleToTheAgentNotToThePartner() throws Exception {
		assertThat(body(call(get("/home").with(user(agent))))).contains("href=\"/people\"");
		assertThat(body(call(get("/home").with(user(partner))))).doesNotContain("href=\"/people\"");
	}

	@Test
	void partnersAndOtherTerritoriesGetNotFound() throws Exception {
		BeneficiarySummary p = exile();
		for (String path : new String[] { "/people", "/people/new", "/people/" + p.id(), "/people/" + p.id() + "/edit" }) {
			assertThat(call(get(path).with(user(partner))).getStatus()).as(path).isEqualTo(404);
		}
		assertThat(call(get("/people/{id}", p.id()).with(user(swissAgent))).getStatus()).isEqualTo(404);
		assertThat(call(post("/people/{id}/edit", p.id()).param("lastName", "x").with(user(swissAgent)).with(csrf()))
			.getStatus()).isEqualTo(404);
		assertThat(accessRows(p.id(), "profile")).isZero();
	}

}
