package org.relais.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.referral.web.OrientationFixtures.DIGITAL;
import static org.relais.referral.web.OrientationFixtures.FOOD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.RelaisPrincipal;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The matching page: results and exclusions with their labels, the htmx fragment, bad input, a person, who may. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrientationPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	OrientationFixtures data;

	@BeforeAll
	void data() {
		data = new OrientationFixtures(context);
	}

	private MockHttpServletResponse page(RelaisPrincipal who, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(who))).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder typical() {
		return get("/orientation").param("filled", "1")
			.param("age", "34")
			.param("commune", data.communeCode)
			.param("publics", "beneficiaires-des-minimas-sociaux", "familles")
			.param("maxDistanceKm", "20")
			.param("needs", FOOD, DIGITAL);
	}

	@Test
	void anAgentSeesRankedServicesAndExcludedOnesWithEveryReasonTranslated() throws Exception {
		MockHttpServletResponse r = page(data.agent, typical());
		assertThat(r.getStatus()).isEqualTo(200);
		Document doc = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
		Element open = doc.selectFirst("#results li.result[data-service=" + data.open + "]");
		assertThat(open).as("the open service is ranked").isNotNull();
		assertThat(open.selectFirst("h4 a").attr("href")).isEqualTo("/directory/services/" + data.open);
		assertThat(open.select("[data-reason]").eachAttr("data-reason")).contains("SOME_NEEDS", "AVAILABLE", "VERIFIED",
				"NEAR");
		assertThat(open.text()).contains("Répond à une partie des besoins", "Places disponibles", "Score");
		assertThat(open.selectFirst("a[href^=/referrals/new]").attr("href"))
			.isEqualTo("/referrals/new?service=" + data.open);

		Element stale = doc.selectFirst("#results li.result[data-service=" + data.stale + "]");
		assertThat(stale.selectFirst("[data-warning]").text()).contains("Informations non vérifiées récemment",
				"NOT_VERIFIED_RECENTLY");

		Element full = doc.selectFirst("#results li.excluded[data-service=" + data.full + "]");
		assertThat(full.attr("data-exclusions")).isEqualTo("PUBLIC_NOT_SERVED,FULL");
		assertThat(full.select("[data-exclusion]").eachText()).containsExactly("Public non accueilli PUBLIC_NOT_SERVED",
				"Complet FULL");
		assertThat(full.select("code").eachText()).containsExactly("PUBLIC_NOT_SERVED", "FULL");
		assertThat(full.selectFirst("a[href^=/referrals/new]").attr("href")).startsWith("/referrals/new?service=" + data.full)
			.matches(".*excluded=PUBLIC_NOT_SERVED(,|%2C)FULL");
		assertThat(full.text()).contains("Orienter quand même (justification obligatoire)");

		assertThat(doc.select(".unmet-needs [data-need]").eachAttr("data-need")).containsExactly(DIGITAL);
		assertThat(doc.selectFirst("#results").attr("aria-live")).isEqualTo("polite");
		assertThat(doc.selectFirst("h1").text()).isEqualTo("Orientation");
		assertThat(doc.select("fieldset legend").eachText()).contains("Profil", "Besoins", "Critères");
		assertThat(doc.selectFirst("input[name=needs][value=" + FOOD + "]").hasAttr("checked")).isTrue();
		assertThat(doc.selectFirst("select[name=commune] option[selected]").val()).isEqualTo(data.communeCode);
	}

	@Test
	void htmxGetsTheResultsFragmentOnly() throws Exception {
		MockHttpServletResponse r = page(data.agent, typical().header("HX-Request", "true"));
		String body = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(body).doesNotContain("<html", "<form").contains("id=\"results\"", data.openName, data.fullName);
		Document doc = Jsoup.parse(body);
		assertThat(doc.select("body > section#results")).hasSize(1);

		Document bad = Jsoup.parse(page(data.agent, typical().param("age", "douze").header("HX-Request", "true"))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(bad.select("#results .error-list a[href=#age]").text()).contains("Indiquez un âge entier");
		assertThat(bad.select("#results li.result")).isEmpty();
	}

	@Test
	void theFormRefreshesItsResultsWithHtmxAndWorksWithoutJavaScript() throws Exception {
		Document doc = Jsoup.parse(page(data.agent, get("/orientation")).getContentAsString(StandardCharsets.UTF_8));
		Element form = doc.selectFirst("form#match-form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/orientation");
		assertThat(form.attr("hx-get")).isEqualTo("/orientation");
		assertThat(form.attr("hx-trigger")).isEqualTo("change");
		assertThat(form.attr("hx-target")).isEqualTo("#results");
		assertThat(form.attr("hx-push-url")).isEqualTo("true");
		assertThat(form.select("button[type=submit]")).hasSize(1);
		assertThat(doc.select("#results").text()).contains("Choisissez au moins un besoin");
		assertThat(doc.select("a[href='/people/new?next=/orientation'], a[href='/people/new?next=%2Forientation']"))
			.hasSize(1);
		assertThat(doc.select("nav.main-nav a[href=/orientation]").eachText()).containsExactly("Trouver un service");
	}

	@Test
	void badInputGetsTranslatedMessagesNextToItsFieldsAndNoResults() throws Exception {
		MockHttpServletResponse r = page(data.agent,
				get("/orientation").param("filled", "1")
					.param("age", "douze")
					.param("birthYear", "1700")
					.param("commune", "nowhere")
					.param("maxDistanceKm", "-4")
					.param("needs", "pas-un-besoin")
					.param("publics", "martiens")
					.param("languages", "klingon")
					.param("date", "2026-13-45")
					.param("time", "25:99")
					.param("remoteOk", "peut-être"));
		assertThat(r.getStatus()).isEqualTo(200);
		Document doc = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
		assertThat(doc.selectFirst("#age-error").text()).contains("Indiquez un âge entier de 0 à 130 ans.");
		assertThat(doc.selectFirst("#age").attr("aria-invalid")).isEqualTo("true");
		assertThat(doc.selectFirst("#birthYear-error").text()).contains("1900");
		assertThat(doc.selectFirst("#commune-error").text()).contains("n’est pas une commune du territoire");
		assertThat(doc.selectFirst("#maxDistanceKm-error").text()).contains("de 0 à 500 km");
		assertThat(doc.selectFirst("#needs .error-message").text()).contains("Besoin inconnu : pas-un-besoin.");
		assertThat(doc.selectFirst("#publics .error-message")).isNotNull();
		assertThat(doc.selectFirst("#languages .error-message")).isNotNull();
		assertThat(doc.selectFirst("#date-error").text()).contains("AAAA-MM-JJ");
		assertThat(doc.selectFirst("#time-error").text()).contains("HH:MM");
		assertThat(doc.selectFirst("#error-summary")).isNotNull();
		assertThat(doc.select("#results li.result")).isEmpty();

		Document none = Jsoup.parse(page(data.agent, get("/orientation").param("filled", "1"))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(none.selectFirst("#needs .error-message").text()).contains("Choisissez au moins un besoin.");
		Document dateOnly = Jsoup.parse(page(data.agent,
				get("/orientation").param("filled", "1").param("needs", FOOD).param("date", "2026-12-01"))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(dateOnly.selectFirst("#time-error").text()).contains("une heure");
		Document postal = Jsoup.parse(page(data.agent,
				get("/orientation").param("filled", "1").param("needs", FOOD).param("postalCode", "00000"))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(postal.selectFirst("#postalCode-error").text()).contains("code postal");
		assertThat(page(data.agent, get("/orientation").param("person", "pas-un-id")).getStatus()).isEqualTo(404);
	}

	@Test
	void aRequestedTimeWhenEveryPlaceIsClosedExcludesTheService() throws Exception {
		// The fixtures' place opens Monday to Friday: a Sunday at 10:00 is closed.
		Document doc = Jsoup.parse(page(data.agent,
				get("/orientation").param("filled", "1").param("needs", FOOD).param("date", "2026-11-29").param("time",
						"10:00"))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(doc.selectFirst("li.excluded[data-service=" + data.open + "]").attr("data-exclusions"))
			.isEqualTo("CLOSED_AT_REQUESTED_TIME");
	}

	@Test
	void aPersonsRecordFillsTheProfileAndTheReadIsLogged() throws Exception {
		UUID id = people.create(data.territory,
				new NewBeneficiary("Aïcha", "Matchtest", false, null, 1990, data.postalCode, data.communeCode, null,
						null, Set.of("fr", "ar"), ContactPreference.PHONE, Set.of("familles"), 15, true, null),
				data.agent.userId())
			.id();
		Integer before = jdbc.queryForObject(
				"select count(*) from personal_data_access where subject_type = 'beneficiary' and subject_id = ?",
				Integer.class, id);
		MockHttpServletResponse r = page(data.agent, get("/orientation").param("person", id.toString()));
		assertThat(r.getStatus()).isEqualTo(200);
		Document doc = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
		assertThat(doc.text()).contains("Orientation pour Aïcha Matchtest");
		assertThat(doc.selectFirst("select[name=commune] option[selected]").val()).isEqualTo(data.communeCode);
		assertThat(doc.selectFirst("#age").val()).isNotBlank();
		assertThat(doc.selectFirst("input[name=publics][value=familles]").hasAttr("checked")).isTrue();
		assertThat(doc.selectFirst("input[name=languages][value=ar]").hasAttr("checked")).isTrue();
		assertThat(doc.selectFirst("#maxDistanceKm").val()).isEqualTo("15");
		assertThat(doc.selectFirst("#remoteOk").hasAttr("checked")).isTrue();
		assertThat(doc.selectFirst("input[name=person]").val()).isEqualTo(id.toString());
		assertThat(jdbc.queryForObject(
				"select count(*) from personal_data_access where subject_type = 'beneficiary' and subject_id = ?",
				Integer.class, id)).isEqualTo(before + 1);

		Document withNeeds = Jsoup.parse(page(data.agent,
				get("/orientation").param("person", id.toString()).param("filled", "1").param("needs", FOOD))
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(withNeeds.selectFirst("li.result[data-service=" + data.open + "] a[href^=/referrals/new]").attr("href"))
			.isEqualTo("/referrals/new?service=" + data.open + "&person=" + id);
		assertThat(withNeeds.selectFirst("#maxDistanceKm").val()).as("a filled form is not overwritten").isEmpty();
	}

	@Test
	void partnersMayNotMatchAndOtherTerritoriesPeopleAreNotFound() throws Exception {
		assertThat(page(data.partner, get("/orientation")).getStatus()).isEqualTo(403);
		assertThat(page(data.partner, typical()).getContentAsString(StandardCharsets.UTF_8)).doesNotContain(data.openName);
		TestAccounts accounts = new TestAccounts(context);
		UUID french = people.create(accounts.lyon(),
				new NewBeneficiary("Lucien", "Lyonnais", false, null, 1970, "69003", null, null, null, Set.of(), null,
						Set.of(), null, false, null),
				null)
			.id();
		RelaisPrincipal swissAgent = accounts.principal("agent@ch.demo.relais");
		MockHttpServletResponse swiss = page(swissAgent, get("/orientation").param("person", french.toString()));
		assertThat(swiss.getStatus()).isEqualTo(404);
		assertThat(swiss.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Lyonnais");
		assertThat(page(data.agent, get("/orientation").param("person", french.toString())).getStatus()).isEqualTo(404);
		assertThat(page(accounts.principal("partner@demo.relais"), get("/orientation").param("person", french.toString()))
			.getStatus()).isEqualTo(403);
		assertThat(page(data.coordinator, typical()).getStatus()).isEqualTo(200);
		assertThat(List.of(page(swissAgent, get("/orientation")).getStatus())).containsExactly(200);
	}

}
