package org.relais.mutualaid.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.territory.TerritoryKind;
import org.relais.territory.domain.Territories;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics of a territory of their own, with requests, assignments, volunteers, charters and documents written
 * by SQL: the figures in each period, the definitions shown, the CSV, and who may see them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Territories territories;

	@Autowired
	JdbcTemplate jdbc;

	UUID territory;

	RelaisPrincipal agent;

	RelaisPrincipal volunteer;

	int serial;

	@BeforeAll
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		String run = UUID.randomUUID().toString().substring(0, 8);
		territory = territories
			.create("stats-" + run, Map.of("fr", "Statistiques " + run), "FR", null, null, TerritoryKind.COMMUNE, 100,
					"fr", List.of("fr"), "Europe/Paris")
			.id();
		String agentEmail = TestAccounts.uniqueEmail("stats-agent");
		accounts.createUser(agentEmail, "Agent", territory, Role.AGENT);
		agent = accounts.principal(agentEmail);
		String volunteerEmail = TestAccounts.uniqueEmail("stats-volunteer");
		accounts.createUser(volunteerEmail, "Volunteer", territory, Role.VOLUNTEER);
		volunteer = accounts.principal(volunteerEmail);

		Instant now = Instant.now();
		UUID alice = volunteer("alice-" + run, "ACTIVE", now);
		UUID bob = volunteer("bob-" + run, "ACTIVE", now);
		volunteer("carl-" + run, "PENDING", now);
		UUID v1 = charter(1, now.minus(90, ChronoUnit.DAYS));
		UUID v2 = charter(2, now.minus(10, ChronoUnit.DAYS));
		sign(alice, v1, 1, now);
		sign(alice, v2, 2, now);
		sign(bob, v1, 1, now);
		jdbc.update("insert into ma_proof (id, territory_id, volunteer_id, proof_code, file_id, file_name, expires_on,"
				+ " status, uploaded_at) values (?, ?, ?, 'LIABILITY_INSURANCE', ?, 'a.pdf', ?, 'VERIFIED', ?)",
				UUID.randomUUID(), territory, alice, UUID.randomUUID(), Date.valueOf(LocalDate.now().plusDays(10)),
				Timestamp.from(now));
		jdbc.update("insert into ma_proof (id, territory_id, volunteer_id, proof_code, file_id, file_name, expires_on,"
				+ " status, uploaded_at) values (?, ?, ?, 'LIABILITY_INSURANCE', ?, 'b.pdf', ?, 'VERIFIED', ?)",
				UUID.randomUUID(), territory, bob, UUID.randomUUID(), Date.valueOf(LocalDate.now().plusDays(200)),
				Timestamp.from(now));

		UUID done = request("VISIT", "DONE", now.minus(10, ChronoUnit.DAYS), Duration.ofHours(2));
		request("VISIT", "CANCELLED", now.minus(5, ChronoUnit.DAYS), null);
		request("SHOPPING", "NEW", now.minus(40, ChronoUnit.DAYS), null);
		request("SHOPPING", "NEW", now.minus(2, ChronoUnit.DAYS), null);
		request("WALK", "ACCEPTED", now.minus(3, ChronoUnit.DAYS), Duration.ofHours(4));
		request("WALK", "UNANSWERED", now.minus(400, ChronoUnit.DAYS), null);
		jdbc.update("insert into ma_assignment (id, request_id, volunteer_id, status, offered_at, minutes_spent, done_at)"
				+ " values (?, ?, ?, 'DONE', ?, 90, ?)", UUID.randomUUID(), done, alice,
				Timestamp.from(now.minus(9, ChronoUnit.DAYS)), Timestamp.from(now.minus(5, ChronoUnit.DAYS)));
	}

	private UUID volunteer(String name, String status, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into ma_volunteer (id, territory_id, first_name, last_name, email, language, availability,"
				+ " action_types, has_car, max_distance_km, status, status_changed_at, created_at, version)"
				+ " values (?, ?, 'Stat', ?, ?, 'fr', '', 'VISIT', false, 5, ?, ?, ?, 0)", id, territory, name,
				name + "@example.org", status, Timestamp.from(now), Timestamp.from(now));
		return id;
	}

	private UUID charter(int version, Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into ma_charter (id, territory_id, version_number, published_at) values (?, ?, ?, ?)", id,
				territory, version, Timestamp.from(at));
		return id;
	}

	private void sign(UUID volunteerId, UUID charterId, int version, Instant at) {
		jdbc.update("insert into ma_charter_signature (id, volunteer_id, charter_id, version_number, language,"
				+ " signed_at) values (?, ?, ?, ?, 'fr', ?)", UUID.randomUUID(), volunteerId, charterId, version,
				Timestamp.from(at));
	}

	private UUID request(String type, String status, Instant created, Duration toAcceptance) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into ma_action_request (id, territory_id, reference, person_id, action_type, when_kind,"
				+ " two_person, status, source, created_at, dispatch_round, accepted_at, version)"
				+ " values (?, ?, ?, ?, ?, 'WITHIN_7', false, ?, 'DESK', ?, 0, ?, 0)", id, territory, "ST-" + (++serial),
				UUID.randomUUID(), type, status, Timestamp.from(created),
				toAcceptance == null ? null : Timestamp.from(created.plus(toAcceptance)));
		return id;
	}

	@Test
	void theFiguresOfTheLast12Months() throws Exception {
		String page = html(get("/mutualaid/statistics"));
		assertThat(page).contains("Requests created: Last 12 months (5 in all)")
			.contains("id=\"share-fulfilled\">33 % (1 of 3)")
			.contains("id=\"median\">3 h 0 min (over 2 accepted requests)")
			.contains("id=\"hours-period\">1 h 30 min reported")
			.contains("id=\"active-volunteers\">2<", "id=\"signed-current\">1<", "id=\"expiring\">1<")
			.contains("still open more than 30 days after they were taken");
	}

	@Test
	void theLast30DaysLeaveOlderRequestsOut() throws Exception {
		String page = html(get("/mutualaid/statistics").param("period", "DAYS_30"));
		assertThat(page).contains("(4 in all)", "id=\"share-fulfilled\">50 % (1 of 2)");
		String all = html(get("/mutualaid/statistics").param("period", "ALL"));
		assertThat(all).contains("(6 in all)", "id=\"share-fulfilled\">25 % (1 of 4)");
	}

	@Test
	void theCsvCarriesTheSameFigures() throws Exception {
		MockHttpServletResponse csv = mvc
			.perform(get("/mutualaid/statistics.csv").param("period", "MONTHS_12").with(user(agent))
				.header("Accept-Language", "en"))
			.andReturn()
			.getResponse();
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		String text = csv.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).contains("Section,Item,Detail,Value", "Requests by action and status,Friendly visit,Done,1",
				"Outcome,Requests done,,1", "Volunteer hours,Minutes reported in the period,,90",
				"Volunteers,Active volunteers,,2", "Median time to acceptance (minutes),,180");
	}

	@Test
	void aVolunteerHasNoStatistics() throws Exception {
		assertThat(mvc.perform(get("/mutualaid/statistics").with(user(volunteer))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/mutualaid/statistics.csv").with(user(volunteer))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(MutualAidStatistics.median(List.of(Duration.ofHours(4), Duration.ofHours(1), Duration.ofHours(2),
				Duration.ofHours(10)))).isEqualTo(Duration.ofHours(3));
		assertThat(MutualAidStatistics.median(List.of(Duration.ofMinutes(5)))).isEqualTo(Duration.ofMinutes(5));
		assertThat(MutualAidStatistics.median(List.of())).isNull();
	}

	private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(user(agent)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
