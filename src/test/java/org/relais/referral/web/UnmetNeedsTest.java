package org.relais.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.referral.web.OrientationFixtures.DIGITAL;
import static org.relais.referral.web.OrientationFixtures.FOOD;
import static org.relais.testing.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.RelaisPrincipal;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Unmet needs: recorded by a full request (page submit or API call), not by htmx refreshes, once per need, area
 * and day in a session; the admin page and its CSV; and the page and the API agreeing on the same profile.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnmetNeedsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	OrientationFixtures data;

	@BeforeEach
	void data() {
		data = new OrientationFixtures(context);
	}

	private int recorded(String need) {
		return jdbc.queryForObject("select count(*) from ref_unmet_need where territory_id = ? and need_code = ?",
				Integer.class, data.territory, need);
	}

	private MockHttpServletRequestBuilder submit(MockHttpSession session) {
		return get("/orientation").param("filled", "1")
			.param("commune", data.communeCode)
			.param("needs", FOOD, DIGITAL)
			.session(session)
			.with(user(data.agent));
	}

	@Test
	void aSubmitRecordsItsUnmetNeedsOnceAndHtmxRefreshesDoNot() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(submit(session).header("HX-Request", "true").param("age", "30"));
		mvc.perform(submit(session).header("HX-Request", "true").param("age", "31"));
		assertThat(recorded(DIGITAL)).as("htmx refreshes record nothing").isZero();
		mvc.perform(submit(session));
		mvc.perform(submit(session).param("age", "40"));
		assertThat(recorded(DIGITAL)).as("once per need, area and day in a session").isEqualTo(1);
		assertThat(recorded(FOOD)).as("a need some service takes is not unmet").isZero();
		assertThat(jdbc.queryForObject("select area_code from ref_unmet_need where territory_id = ?", String.class,
				data.territory)).isEqualTo(data.communeCode);
		mvc.perform(get("/orientation").param("filled", "1")
			.param("postalCode", data.postalCode)
			.param("commune", "")
			.param("needs", DIGITAL)
			.session(session)
			.with(user(data.agent)));
		assertThat(recorded(DIGITAL)).as("the postal code names the same commune").isEqualTo(1);
		mvc.perform(get("/orientation").param("filled", "1").param("needs", DIGITAL).session(session).with(user(data.agent)));
		assertThat(recorded(DIGITAL)).as("no area is another area").isEqualTo(2);
		mvc.perform(submit(new MockHttpSession()));
		assertThat(recorded(DIGITAL)).as("another session counts again").isEqualTo(3);
		assertThat(jdbc.queryForList("select * from ref_unmet_need where territory_id = ?", data.territory)
			.get(0)
			.keySet()).map(String::toLowerCase)
			.containsExactlyInAnyOrder("id", "territory_id", "need_code", "area_code", "recorded_on");
	}

	@Test
	void theApiRecordsItsUnmetNeedsOnEveryCall() throws Exception {
		String body = "{\"profile\": {\"communeCode\": \"" + data.communeCode + "\"}, \"needs\": [\"" + DIGITAL + "\"]}";
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse r = mvc
				.perform(post("/api/v1/matches").with(as(data.agent)).contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn()
				.getResponse();
			assertThat(r.getStatus()).isEqualTo(200);
		}
		assertThat(recorded(DIGITAL)).isEqualTo(2);
	}

	@Test
	void adminsAndCoordinatorsReadTheCountsAndExportThem() throws Exception {
		mvc.perform(submit(new MockHttpSession()));
		mvc.perform(submit(new MockHttpSession()));
		MockHttpServletResponse r = mvc.perform(get("/admin/unmet-needs").with(user(data.coordinator)))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).isEqualTo(200);
		Document doc = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
		Element row = doc.selectFirst("tr[data-need=" + DIGITAL + "]");
		assertThat(row.select("td").eachText()).containsExactly(
				doc.selectFirst("tr[data-need=" + DIGITAL + "] td").text(), "Testville " + data.communeCode.substring(1)
						+ " (" + data.communeCode + ")", "2");
		assertThat(row.selectFirst("td").text()).isNotEqualTo(DIGITAL);
		assertThat(doc.select("nav.main-nav a[href=/admin/unmet-needs]")).hasSize(1);

		MockHttpServletResponse csv = mvc.perform(get("/admin/unmet-needs.csv").with(user(data.coordinator)))
			.andReturn()
			.getResponse();
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		String text = csv.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("from,to,need,need_label,area,area_name,count\r\n")
			.contains("\"" + DIGITAL + "\"", "\"" + data.communeCode + "\",\"Testville", ",2\r\n");

		assertThat(mvc.perform(get("/admin/unmet-needs").param("from", "2000-01-01").param("to", "2000-01-31")
			.with(user(data.coordinator))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain(DIGITAL);
		Document bad = Jsoup.parse(mvc.perform(get("/admin/unmet-needs").param("from", "demain").param("to", "hier")
			.with(user(data.coordinator))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(bad.selectFirst("#period-error")).isNotNull();
		assertThat(bad.selectFirst("#from").attr("aria-invalid")).isEqualTo("true");

		RelaisPrincipal admin = new TestAccounts(context).principal("admin@demo.relais");
		assertThat(mvc.perform(get("/admin/unmet-needs").with(user(admin))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get("/admin/unmet-needs").with(user(data.agent))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/admin/unmet-needs.csv").with(user(data.partner))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void thePageAndTheApiGiveTheSameServicesAndReasons() throws Exception {
		Document page = Jsoup.parse(mvc
			.perform(get("/orientation").param("filled", "1")
				.param("age", "34")
				.param("commune", data.communeCode)
				.param("publics", "familles", "beneficiaires-des-minimas-sociaux")
				.param("maxDistanceKm", "20")
				.param("languages", "fr")
				.param("needs", FOOD, DIGITAL)
				.with(user(data.agent)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Map<String, List<String>> pageResults = new TreeMap<>();
		for (Element li : page.select("#results li.result:not(.excluded)")) {
			List<String> reasons = new ArrayList<>(li.select("[data-reason]").eachAttr("data-reason"));
			reasons.addAll(li.select("[data-warning]").eachAttr("data-warning"));
			pageResults.put(li.attr("data-service"), reasons);
		}
		Map<String, List<String>> pageExcluded = new TreeMap<>();
		for (Element li : page.select("#results li.excluded")) {
			pageExcluded.put(li.attr("data-service"), List.of(li.attr("data-exclusions").split(",")));
		}
		String json = mvc.perform(post("/api/v1/matches").with(as(data.agent))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"profile": {"age": 34, "communeCode": "%s", "publics": ["familles", "beneficiaires-des-minimas-sociaux"],
					 "languages": ["fr"], "maxDistanceKm": 20}, "needs": ["%s", "%s"]}""".formatted(data.communeCode, FOOD,
					DIGITAL)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode api = JsonMapper.builder().build().readTree(json);
		Map<String, List<String>> apiResults = new TreeMap<>();
		api.get("results").forEach(r -> apiResults.put(r.get("serviceId").asString(),
				r.get("reasons").valueStream().map(JsonNode::asString).toList()));
		Map<String, List<String>> apiExcluded = new TreeMap<>();
		api.get("excluded").forEach(r -> apiExcluded.put(r.get("serviceId").asString(),
				r.get("reasons").valueStream().map(JsonNode::asString).toList()));
		assertThat(pageResults).isNotEmpty().isEqualTo(apiResults);
		assertThat(pageExcluded).isNotEmpty().isEqualTo(apiExcluded);
		assertThat(page.select(".unmet-needs [data-need]").eachAttr("data-need"))
			.isEqualTo(api.get("unmetNeeds").valueStream().map(JsonNode::asString).toList());
	}

}
