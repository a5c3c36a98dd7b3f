package org.relais.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.testing.TestAccounts.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.directory.DirectoryCatalog;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.MatchProfile;
import org.relais.referral.MatchResult;
import org.relais.referral.Matcher;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/matches} over the demo directory of Lyon: the answer, its agreement with the rules, bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class MatchApiTest {

	static final String FOOD = "equipement-et-alimentation--alimentation";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DirectoryCatalog directory;

	final JsonMapper json = JsonMapper.builder().build();

	private MockHttpServletResponse match(RelaisPrincipal who, String body) throws Exception {
		return mvc.perform(post("/api/v1/matches").with(as(who)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
	}

	private RelaisPrincipal agent() {
		return new TestAccounts(context).principal("agent@demo.relais");
	}

	@Test
	void anAgentGetsRankedResultsAndExclusionsAsTheRulesGiveThem() throws Exception {
		MockHttpServletResponse r = match(agent(), """
				{"profile": {"age": 34, "lat": 45.7578, "lon": 4.8320, "publics": ["beneficiaires-des-minimas-sociaux"],
				             "languages": ["fr"], "maxDistanceKm": 20, "remoteOk": false},
				 "needs": ["%s", "numerique--acceder-a-des-services-en-ligne"]}""".formatted(FOOD));
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
		JsonNode body = json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
		assertThat(body.get("results").size()).isPositive();
		JsonNode first = body.get("results").get(0);
		assertThat(first.get("score").asInt()).isBetween(1, 100);
		assertThat(first.get("reasons").toString()).contains("NEEDS");
		assertThat(body.get("results").toString() + body.get("excluded")).as("a food service of the demo, taken or not")
			.contains("Épicerie solidaire");
		assertThat(body.get("excluded").size()).isPositive();

		UUID lyon = agent().currentTerritoryId();
		MatchResult expected = Matcher.match(
				new MatchProfile(34, null, 45.7578, 4.8320, Set.of("beneficiaires-des-minimas-sociaux"), Set.of("fr"), 20,
						false),
				Set.of(FOOD, "numerique--acceder-a-des-services-en-ligne"), null, Instant.now(), directory.eligibility(lyon));
		List<String> ids = expected.results().stream().map(x -> x.service().serviceId().toString()).toList();
		List<String> got = body.get("results").valueStream().map(x -> x.get("serviceId").asString()).toList();
		assertThat(got).containsExactlyInAnyOrderElementsOf(ids);
		List<String> excludedIds = expected.excluded().stream().map(x -> x.service().serviceId().toString()).toList();
		assertThat(body.get("excluded").valueStream().map(x -> x.get("serviceId").asString()).toList())
			.containsExactlyInAnyOrderElementsOf(excludedIds);
	}

	@Test
	void aFullServiceIsExcludedWithItsReason() throws Exception {
		UUID lyon = agent().currentTerritoryId();
		var full = directory.eligibility(lyon)
			.stream()
			.filter(s -> s.saturation() == org.relais.directory.SaturationLevel.FULL && !s.needs().isEmpty())
			.findFirst()
			.orElseThrow();
		String need = full.needs().iterator().next();
		JsonNode body = json.readTree(match(agent(), "{\"needs\": [\"" + need + "\"]}").getContentAsString(StandardCharsets.UTF_8));
		assertThat(body.get("excluded").valueStream()
			.filter(x -> x.get("serviceId").asString().equals(full.serviceId().toString()))
			.findFirst()
			.orElseThrow()
			.get("reasons")
			.toString()).contains("FULL");
	}

	@Test
	void badInputIsAnsweredFieldByField() throws Exception {
		MockHttpServletResponse r = match(agent(), """
				{"profile": {"age": -3, "postalCode": "99999", "lat": 45.7}, "needs": ["pas-un-besoin"], "at": "demain"}""");
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(r.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode errors = json.readTree(r.getContentAsString(StandardCharsets.UTF_8)).get("errors");
		assertThat(errors.propertyNames()).contains("needs", "profile.age", "profile.postalCode", "profile.lat", "at");

		assertThat(match(agent(), "{}").getStatus()).isEqualTo(400);
		assertThat(match(agent(), "[1, 2]").getStatus()).isEqualTo(400);
		assertThat(match(agent(), "{\"needs\": \"" + FOOD + "\"}").getStatus()).isEqualTo(400);
		assertThat(match(agent(), "{not json").getStatus()).isEqualTo(400);
	}

	@Test
	void partnersAndStrangersMayNotMatch() throws Exception {
		RelaisPrincipal partner = new TestAccounts(context).principal("partner@demo.relais");
		assertThat(match(partner, "{\"needs\": [\"" + FOOD + "\"]}").getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/api/v1/matches").contentType(MediaType.APPLICATION_JSON)
			.content("{\"needs\": [\"" + FOOD + "\"]}")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

}
