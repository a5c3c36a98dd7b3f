package org.relais.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The desk through its pages: search (live and without JavaScript), an unknown caller created inline (bad input
 * refused, likely duplicates first), a request of a type that refuses a value (nothing written), the orientation
 * redirect, the queue's filters and overdue rows, the triage of a web-form request, the public form's honeypot and
 * flood limit, the confirmation mail, the pathway lines, erasure, and tenancy.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskWebTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	static final String LYON = "metropole-de-lyon";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	/**
	 * A request type of the test: one required choice, "small" accepted, "large" refused by the type itself,
	 * "medium" accepted and reported as waiting through {@link DeskRequestProgressed}.
	 */
	@TestConfiguration
	static class TestType {

		@Bean
		DeskRequestType deskTestType(ApplicationEventPublisher events) {
			return new DeskRequestType() {

				@Override
				public String code() {
					return "desktest";
				}

				@Override
				public String labelKey() {
					return "desk.queue.type";
				}

				@Override
				public int order() {
					return 5;
				}

				@Override
				public boolean offeredOnPublicForm() {
					return true;
				}

				@Override
				public List<DeskField> fields(DeskContext context) {
					return List.of(new DeskField("size", "desk.queue.col.type", DeskField.Kind.CHOICE,
							List.of(new DeskField.Option("small", "desk.status.NEW"),
									new DeskField.Option("medium", "desk.status.WAITING"),
									new DeskField.Option("large", "desk.status.DONE")),
							"small", true, null));
				}

				@Override
				public DeskOutcome submit(DeskSubmission submission) {
					String size = submission.details().get("size");
					if ("large".equals(size)) {
						throw new DeskRequestRejected("size", "desk.error.tooLong");
					}
					if ("medium".equals(size)) {
						events.publishEvent(new DeskRequestProgressed(submission.deskRequestId(), DeskStatus.WAITING,
								"desk.history.NOTE", List.of(), submission.agentId()));
						return new DeskOutcome("/desk/queue", null, null);
					}
					return DeskOutcome.stay("/desk/queue", DeskStatus.IN_PROGRESS);
				}
			};
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	private RelaisPrincipal agent() {
		return accounts.findByEmail("agent@demo.relais").orElseThrow();
	}

	private RelaisPrincipal swissAgent() {
		return accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
	}

	private UUID lyon() {
		return agent().currentTerritoryId();
	}

	private String fr(String key, Object... args) {
		return messages.getMessage(key, args, Locale.FRENCH);
	}

	private static String unique(String prefix) {
		// six letters (a name field takes no digits): the hex digits of a random UUID turned into letters g…p
		StringBuilder letters = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
			letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return prefix + letters;
	}

	private UUID person(String lastName) {
		return people.create(lyon(), new NewBeneficiary("Camille", lastName, false, null, 1984, "69003", null,
				"06 11 22 33 44", null, Set.of(), null, Set.of(), null, false, null), null).id();
	}

	private static RequestPostProcessor fromAnAddress() {
		String address = "10.88." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("Accept-Language", "fr")).andReturn().getResponse();
	}

	private String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private int requestsOf(UUID person) {
		return jdbc.queryForObject("select count(*) from dsk_request where person_id = ?", Integer.class, person);
	}

	private MockHttpServletResponse take(UUID person, String type, String size, String channel) throws Exception {
		MockHttpServletRequestBuilder post = post("/desk/requests").param("person", person.toString())
			.param("type", type)
			.param("channel", channel)
			.with(user(agent()))
			.with(csrf());
		if (size != null) {
			post.param("field.size", size);
		}
		return perform(post);
	}

	private Map<String, Object> requestRow(UUID person) {
		return jdbc.queryForMap("select * from dsk_request where person_id = ?", person);
	}

	@Test
	void theSearchFindsAPersonLiveAndWithoutJavaScript() throws Exception {
		String name = unique("Deskfind");
		UUID id = person(name);
		MockHttpServletResponse page = perform(get("/desk").param("q", name).with(user(agent())));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("<html").contains(name).contains("/desk?person=" + id);
		MockHttpServletResponse live = perform(get("/desk").param("q", name).header("HX-Request", "true").with(user(agent())));
		assertThat(body(live)).doesNotContain("<html").contains("desk-results").contains(name);
		MockHttpServletResponse chosen = perform(get("/desk").param("person", id.toString()).with(user(agent())));
		assertThat(body(chosen)).contains(fr("desk.type.orientation")).contains("type=desktest");
		MockHttpServletResponse typed = perform(
				get("/desk").param("person", id.toString()).param("type", "desktest").with(user(agent())));
		assertThat(body(typed)).contains("name=\"field.size\"").contains("value=\"small\" checked");
		Integer logged = jdbc.queryForObject(
				"select count(*) from personal_data_access where subject_id = ?", Integer.class, id);
		assertThat(logged).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anUnknownCallerIsCreatedInlineAfterBadInputIsRefused() throws Exception {
		String name = unique("Deskcaller");
		MockHttpServletResponse none = perform(get("/desk").param("q", "Jeanne " + name).with(user(agent())));
		assertThat(body(none)).contains(fr("desk.search.none")).contains("new=1");
		MockHttpServletResponse started = perform(
				get("/desk").param("new", "1").param("q", "Jeanne " + name).with(user(agent())));
		assertThat(body(started)).contains("value=\"" + name + "\"").contains("value=\"Jeanne\"");
		MockHttpServletResponse bad = perform(post("/desk/people").param("firstName", "Alex")
			.param("lastName", name)
			.param("birthYear", "19x4")
			.param("phone", "call me")
			.param("postalCode", "6")
			.param("email", "not-an-address")
			.with(user(agent()))
			.with(csrf()));
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(body(bad)).contains(fr("desk.caller.error.birthYear"))
			.contains(fr("desk.caller.error.phone"))
			.contains(fr("desk.caller.error.postalCode"))
			.contains("aria-invalid=\"true\"");
		assertThat(people.search(lyon(), name, 5)).isEmpty();
		MockHttpServletResponse noName = perform(
				post("/desk/people").param("firstName", "Alex").with(user(agent())).with(csrf()));
		assertThat(noName.getStatus()).isEqualTo(422);

		MockHttpServletResponse good = perform(post("/desk/people").param("firstName", "Alex")
			.param("lastName", name)
			.param("birthYear", "1990")
			.param("phone", "06 12 34 56 78")
			.param("postalCode", "69003")
			.param("email", "alex@example.org")
			.with(user(agent()))
			.with(csrf()));
		assertThat(good.getStatus()).isEqualTo(302);
		UUID created = people.search(lyon(), name, 5).get(0).id();
		assertThat(good.getRedirectedUrl()).isEqualTo("/desk?person=" + created);

		MockHttpServletResponse again = perform(post("/desk/people").param("firstName", "Alex")
			.param("lastName", name)
			.param("birthYear", "1990")
			.with(user(agent()))
			.with(csrf()));
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(body(again)).contains(fr("desk.caller.duplicates.title"));
		assertThat(people.search(lyon(), name, 5)).hasSize(1);
	}

	@Test
	void aRequestTheTypeRefusesLeavesNothingWritten() throws Exception {
		UUID person = person(unique("Deskrefused"));
		MockHttpServletResponse refused = take(person, "desktest", "large", "PHONE");
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(body(refused)).contains(fr("desk.error.tooLong")).contains("field-size-error");
		assertThat(requestsOf(person)).isZero();

		MockHttpServletResponse missing = take(person, "desktest", null, "PHONE");
		assertThat(missing.getStatus()).isEqualTo(422);
		assertThat(body(missing)).contains(fr("desk.error.required"));
		MockHttpServletResponse unknownOption = take(person, "desktest", "huge", "PHONE");
		assertThat(body(unknownOption)).contains(fr("desk.error.choice"));
		MockHttpServletResponse badChannel = take(person, "desktest", "small", "CARRIER_PIGEON");
		assertThat(badChannel.getStatus()).isEqualTo(422);
		MockHttpServletResponse badDue = perform(post("/desk/requests").param("person", person.toString())
			.param("type", "desktest")
			.param("channel", "PHONE")
			.param("field.size", "small")
			.param("dueDate", "2001-01-01")
			.with(user(agent()))
			.with(csrf()));
		assertThat(badDue.getStatus()).isEqualTo(422);
		assertThat(body(badDue)).contains(fr("desk.error.dueDate"));
		assertThat(requestsOf(person)).isZero();

		MockHttpServletResponse taken = take(person, "desktest", "small", "WALK_IN");
		assertThat(taken.getStatus()).isEqualTo(302);
		assertThat(taken.getRedirectedUrl()).isEqualTo("/desk");
		Map<String, Object> row = requestRow(person);
		assertThat(row.get("channel")).isEqualTo("WALK_IN");
		assertThat(row.get("status")).isEqualTo("IN_PROGRESS");
		assertThat(row.get("type_code")).isEqualTo("desktest");
		assertThat((String) row.get("reference")).matches("DEM-[2-9A-HJKMNP-Z]{6}");
		assertThat(((java.sql.Date) row.get("due_date")).toLocalDate()).isAfter(LocalDate.now());
		// the channel is remembered for the session's next request
		MockHttpServletResponse flashed = mvc.perform(get("/desk").with(user(agent()))
			.flashAttr("recorded", row.get("reference"))).andReturn().getResponse();
		assertThat(body(flashed)).contains((String) row.get("reference"));
	}

	@Test
	void aTypeReportsProgressAndTheDeskFollowsInTheSameTransaction() throws Exception {
		UUID person = person(unique("Deskprogress"));
		assertThat(take(person, "desktest", "medium", "PHONE").getStatus()).isEqualTo(302);
		Map<String, Object> row = requestRow(person);
		assertThat(row.get("status")).isEqualTo("WAITING");
		assertThat(jdbc.queryForObject("select count(*) from dsk_request_event where request_id = ? and kind = 'PROGRESS'",
				Integer.class, row.get("id"))).isEqualTo(1);
	}

	@Test
	void theOrientationTypeRecordsTheRequestAndOpensTheOrientationPageForThePerson() throws Exception {
		UUID person = person(unique("Deskorient"));
		MockHttpServletResponse taken = take(person, "orientation", null, "PHONE");
		assertThat(taken.getStatus()).isEqualTo(302);
		assertThat(taken.getRedirectedUrl()).isEqualTo("/orientation?person=" + person);
		Map<String, Object> row = requestRow(person);
		assertThat(row.get("status")).isEqualTo("IN_PROGRESS");
		assertThat(row.get("detail_link")).isEqualTo("/orientation?person=" + person);
		MockHttpServletResponse orientation = perform(get(taken.getRedirectedUrl()).with(user(agent())));
		assertThat(orientation.getStatus()).isEqualTo(200);
	}

	@Test
	void theQueueFiltersAndMarksOverdueRequests() throws Exception {
		String name = unique("Deskqueue");
		UUID person = person(name);
		take(person, "desktest", "small", "PHONE");
		String reference = (String) requestRow(person).get("reference");
		UUID id = (UUID) requestRow(person).get("id");
		jdbc.update("update dsk_request set due_date = ? where id = ?", java.sql.Date.valueOf(LocalDate.now().minusDays(3)),
				id);
		MockHttpServletResponse overdue = perform(
				get("/desk/queue").param("overdue", "true").param("q", reference).with(user(agent())));
		assertThat(body(overdue)).contains(">" + reference + "</a>").contains("desk-overdue").contains(fr("desk.overdue"));
		MockHttpServletResponse byName = perform(get("/desk/queue").param("q", name).with(user(agent())));
		assertThat(body(byName)).contains(">" + reference + "</a>");
		assertThat(body(perform(get("/desk/queue").param("q", reference).param("channel", "EMAIL").with(user(agent())))))
			.doesNotContain(">" + reference + "</a>");
		assertThat(body(perform(get("/desk/queue").param("q", reference).param("assignee", "NOBODY").with(user(agent())))))
			.doesNotContain(">" + reference + "</a>");
		assertThat(body(perform(get("/desk/queue").param("q", reference).param("assignee", "ME").with(user(agent())))))
			.contains(">" + reference + "</a>");
		assertThat(body(perform(get("/desk/queue").param("q", reference).param("type", "orientation").with(user(agent())))))
			.doesNotContain(">" + reference + "</a>");
		assertThat(body(perform(get("/desk/queue").param("q", reference).param("status", "DONE").with(user(agent())))))
			.doesNotContain(">" + reference + "</a>");
		MockHttpServletResponse live = perform(
				get("/desk/queue").param("q", reference).header("HX-Request", "true").with(user(agent())));
		assertThat(body(live)).doesNotContain("<html").contains(">" + reference + "</a>");

		// the request page: done with a note, unassigned, new due date; each a line of history
		perform(post("/desk/requests/{id}/status", id).param("status", "DONE")
			.param("note", "rappelé")
			.with(user(agent()))
			.with(csrf()));
		perform(post("/desk/requests/{id}/assign", id).param("assignee", "nobody").with(user(agent())).with(csrf()));
		var badDue = mvc.perform(post("/desk/requests/{id}/due", id).param("dueDate", "yesterday")
			.with(user(agent()))
			.with(csrf())).andReturn();
		assertThat(badDue.getFlashMap().get("requestError")).isEqualTo("desk.error.dueDate");
		Map<String, Object> row = requestRow(person);
		assertThat(row.get("status")).isEqualTo("DONE");
		assertThat(row.get("assignee_id")).isNull();
		assertThat(row.get("closed_at")).isNotNull();
		MockHttpServletResponse page = perform(get("/desk/requests/{id}", id).with(user(agent())));
		assertThat(body(page)).contains("rappelé").contains(fr("desk.history.ASSIGNED")).contains(reference);
		assertThat(body(perform(get("/desk/queue").param("q", reference).with(user(agent()))))).doesNotContain(">" + reference + "</a>");
	}

	@Test
	void aWebFormRequestWaitsForTriageAndBecomesANormalRequest() throws Exception {
		String name = unique("Webcaller");
		MockHttpServletResponse form = perform(get("/t/{slug}/request", LYON));
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(body(form)).contains("name=\"website\"").contains(fr("desk.type.orientation"));
		var sent = mvc.perform(post("/t/{slug}/request", LYON).header("Accept-Language", "fr")
			.param("name", "Dominique " + name)
			.param("email", name.toLowerCase(Locale.ROOT) + "@example.org")
			.param("postalCode", "69003")
			.param("need", "orientation")
			.param("message", "J’ai besoin d’aide pour mes papiers.")
			.with(fromAnAddress())
			.with(csrf())).andReturn();
		assertThat(sent.getResponse().getStatus()).isEqualTo(302);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/t/" + LYON + "/request/sent");
		Map<String, Object> row = jdbc.queryForMap("select * from dsk_request where contact_name = ?", "Dominique " + name);
		String reference = (String) row.get("reference");
		assertThat(sent.getFlashMap().get("reference")).isEqualTo(reference);
		assertThat(row.get("channel")).isEqualTo("WEB_FORM");
		assertThat(row.get("status")).isEqualTo("NEW");
		assertThat(row.get("person_id")).isNull();
		assertThat(row.get("type_code")).isNull();

		// the confirmation mail, in the page's language
		await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(name.toLowerCase(Locale.ROOT)).isEmpty());
		MimeMessage mail = mailsTo(name.toLowerCase(Locale.ROOT)).get(0);
		assertThat(mail.getSubject()).contains(reference).contains("Demande");
		assertThat(GreenMailUtil.getBody(mail)).contains(reference);

		// in the queue, to triage
		UUID id = (UUID) row.get("id");
		assertThat(body(perform(get("/desk/queue").param("type", "-").param("q", reference).with(user(agent())))))
			.contains(">" + reference + "</a>");
		MockHttpServletResponse triagePage = perform(get("/desk/requests/{id}/triage", id).with(user(agent())));
		assertThat(body(triagePage)).contains("Dominique " + name).contains("J’ai besoin d’aide");
		UUID person = person(name);
		MockHttpServletResponse refused = perform(post("/desk/requests/{id}/triage", id).param("person", person.toString())
			.param("type", "desktest")
			.param("channel", "WEB_FORM")
			.param("field.size", "large")
			.with(user(agent()))
			.with(csrf()));
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(jdbc.queryForMap("select * from dsk_request where id = ?", id).get("person_id")).isNull();
		MockHttpServletResponse triaged = perform(post("/desk/requests/{id}/triage", id).param("person", person.toString())
			.param("type", "desktest")
			.param("channel", "WEB_FORM")
			.param("field.size", "small")
			.with(user(agent()))
			.with(csrf()));
		assertThat(triaged.getStatus()).isEqualTo(302);
		Map<String, Object> after = jdbc.queryForMap("select * from dsk_request where id = ?", id);
		assertThat(after.get("person_id")).isEqualTo(person);
		assertThat(after.get("type_code")).isEqualTo("desktest");
		assertThat(after.get("status")).isEqualTo("IN_PROGRESS");
		assertThat(after.get("contact_name")).isNull();
		assertThat(after.get("contact_email")).isNull();
		assertThat(jdbc.queryForObject("select count(*) from dsk_request_event where request_id = ? and kind = 'TRIAGED'",
				Integer.class, id)).isEqualTo(1);
		// triaged: no longer a triage page
		assertThat(perform(get("/desk/requests/{id}/triage", id).with(user(agent()))).getStatus()).isEqualTo(404);

		// the pathway shows it to agents
		MockHttpServletResponse pathway = perform(get("/people/{id}/pathway", person).with(user(agent())));
		assertThat(body(pathway)).contains(reference).contains(fr("desk.channel.WEB_FORM"));

		// erasing the person deletes their requests
		people.erase(lyon(), person);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from dsk_request where id = ?", Integer.class, id) == 0);
	}

	@Test
	void thePublicFormRefusesRobotsFloodsAndBadInputWithNothingWritten() throws Exception {
		String name = unique("Flood");
		MockHttpServletResponse robot = perform(post("/t/{slug}/request", LYON).param("name", name)
			.param("phone", "06 00 00 00 09")
			.param("need", "other")
			.param("message", "hello")
			.param("website", "http://spam.example")
			.with(fromAnAddress())
			.with(csrf()));
		assertThat(robot.getStatus()).isEqualTo(302);
		assertThat(count(name)).isZero();

		MockHttpServletResponse noContact = perform(post("/t/{slug}/request", LYON).param("name", name)
			.param("need", "other")
			.param("message", "hello")
			.with(fromAnAddress())
			.with(csrf()));
		assertThat(noContact.getStatus()).isEqualTo(422);
		assertThat(body(noContact)).contains(fr("desk.public.error.contact"));
		MockHttpServletResponse badNeed = perform(post("/t/{slug}/request", LYON).param("name", name)
			.param("phone", "06 00 00 00 09")
			.param("need", "spaceship")
			.with(fromAnAddress())
			.with(csrf()));
		assertThat(body(badNeed)).contains(fr("desk.public.error.need"));
		assertThat(count(name)).isZero();

		RequestPostProcessor sameAddress = fromAnAddress();
		for (int i = 0; i < 5; i++) {
			MockHttpServletResponse ok = perform(post("/t/{slug}/request", LYON).param("name", name)
				.param("phone", "06 00 00 00 09")
				.param("need", "other")
				.param("message", "demande " + i)
				.with(sameAddress)
				.with(csrf()));
			assertThat(ok.getStatus()).isEqualTo(302);
		}
		MockHttpServletResponse limited = perform(post("/t/{slug}/request", LYON).param("name", name)
			.param("phone", "06 00 00 00 09")
			.param("need", "other")
			.param("message", "encore")
			.with(sameAddress)
			.with(csrf()));
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(body(limited)).contains(fr("desk.public.error.tooMany"));
		assertThat(count(name)).isEqualTo(5);
		assertThat(perform(get("/t/{slug}/request", "no-such-territory")).getStatus()).isEqualTo(404);
	}

	@Test
	void oldWebContactsAreClearedAndAnAnonymisedPersonLeavesNoNote() throws Exception {
		String name = unique("Oldcaller");
		UUID old = UUID.randomUUID();
		java.sql.Timestamp longAgo = java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(100)));
		jdbc.update("insert into dsk_request (id, territory_id, reference, channel, status, due_date, contact_name,"
				+ " contact_phone, contact_message, created_at, updated_at, version) values (?, ?, ?, 'WEB_FORM', 'NEW',"
				+ " ?, ?, '06 00 00 00 00', 'vieux message', ?, ?, 0)", old, lyon(), "OLD-" + old.toString().substring(0, 8), java.sql.Date
					.valueOf(LocalDate.now().minusDays(90)), name, longAgo, longAgo);
		assertThat(retention.clearOldContacts()).isPositive();
		Map<String, Object> cleared = jdbc.queryForMap("select * from dsk_request where id = ?", old);
		assertThat(cleared.get("contact_name")).isNull();
		assertThat(cleared.get("contact_phone")).isNull();
		assertThat(cleared.get("contact_message")).isNull();

		UUID person = person(unique("Deskanon"));
		perform(post("/desk/requests").param("person", person.toString())
			.param("type", "desktest")
			.param("channel", "PHONE")
			.param("field.size", "small")
			.param("summary", "a private note")
			.with(user(agent()))
			.with(csrf()));
		UUID id = (UUID) requestRow(person).get("id");
		perform(post("/desk/requests/{id}/status", id).param("status", "WAITING")
			.param("note", "another private note")
			.with(user(agent()))
			.with(csrf()));
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
				t -> events.publishEvent(new org.relais.people.BeneficiaryAnonymised(lyon(), person, java.time.Instant.now())));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForMap("select * from dsk_request where id = ?", id).get("person_id") == null);
		assertThat(jdbc.queryForMap("select * from dsk_request where id = ?", id).get("summary")).isNull();
		assertThat(jdbc.queryForObject("select count(*) from dsk_request_event where request_id = ? and note is not null",
				Integer.class, id)).isZero();
	}

	@Autowired
	org.relais.desk.domain.DeskRetention retention;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	private int count(String contactName) {
		return jdbc.queryForObject("select count(*) from dsk_request where contact_name = ?", Integer.class, contactName);
	}

	@Test
	void nobodyElseReachesTheDeskAndOtherTerritoriesAreNotFound() throws Exception {
		UUID person = person(unique("Desktenant"));
		take(person, "desktest", "small", "PHONE");
		UUID id = (UUID) requestRow(person).get("id");
		RelaisPrincipal partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		assertThat(perform(get("/desk").with(user(partner))).getStatus()).isEqualTo(404);
		assertThat(perform(get("/desk/queue").with(user(partner))).getStatus()).isEqualTo(404);
		assertThat(perform(get("/desk/requests/{id}", id).with(user(partner))).getStatus()).isEqualTo(404);
		assertThat(perform(get("/desk/requests/{id}", id).with(user(swissAgent()))).getStatus()).isEqualTo(404);
		assertThat(perform(get("/desk").param("person", person.toString()).with(user(swissAgent()))).getStatus())
			.isEqualTo(404);
		assertThat(perform(post("/desk/requests").param("person", person.toString())
			.param("type", "orientation")
			.param("channel", "PHONE")
			.with(user(swissAgent()))
			.with(csrf())).getStatus()).isEqualTo(404);
		assertThat(perform(post("/desk/requests/{id}/status", id).param("status", "CANCELLED")
			.with(user(swissAgent()))
			.with(csrf())).getStatus()).isEqualTo(404);
		assertThat(requestRow(person).get("status")).isEqualTo("IN_PROGRESS");
		assertThat(body(perform(get("/desk/queue").with(user(swissAgent()))))).doesNotContain(
				(String) requestRow(person).get("reference"));
		assertThat(perform(get("/desk").with(user(agent()))).getStatus()).isEqualTo(200);
		assertThat(body(perform(get("/home").with(user(agent()))))).contains(fr("desk.card.title"));
	}

	private List<MimeMessage> mailsTo(String part) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(part));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

}
