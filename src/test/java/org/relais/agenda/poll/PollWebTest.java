package org.relais.agenda.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.agenda.PollFullyAnswered;
import org.relais.agenda.PollInvitationIssued;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Polls through the web: creation by a partner with its invitations, every kind of bad input refused next to its
 * field with nothing created, who may see a poll, answers through the personal link without an account (and
 * changed later), answers of a signed-in invitee, the best slot marked in words, and the organiser told once when
 * everyone has answered.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PollWebTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	PollRepository polls;

	RelaisPrincipal partner() {
		return accounts.findByEmail("partner@demo.relais").orElseThrow();
	}

	RelaisPrincipal agent() {
		return accounts.findByEmail("agent@demo.relais").orElseThrow();
	}

	static String day(int daysAhead) {
		return LocalDate.now(PARIS).plusDays(daysAhead).toString();
	}

	/** A valid form: two slots next week, the demo agent and an outside address invited; then the overrides. */
	MockHttpServletRequestBuilder form(String title, String... overrides) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("title", title);
		params.put("description", "Agenda: *numbers* <script>alert(1)</script>");
		params.put("place", "Salle 2");
		params.put("slots[0].date", day(7));
		params.put("slots[0].start", "14:00");
		params.put("slots[0].end", "16:00");
		params.put("slots[1].date", day(8));
		params.put("slots[1].start", "09:30");
		params.put("slots[1].end", "11:00");
		params.put("slots[2].date", "");
		params.put("slots[2].start", "");
		params.put("slots[2].end", "");
		params.put("emails", "agent@demo.relais\r\n  outside-" + title.hashCode() + "@example.org \r\n");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/agenda/polls").with(user(partner()))
			.with(csrf())
			.header("Accept-Language", "en");
		params.forEach(request::param);
		return request;
	}

	UUID create(String title) throws Exception {
		MockHttpServletResponse r = mvc.perform(form(title)).andReturn().getResponse();
		assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
		return UUID.fromString(r.getRedirectedUrl().substring("/agenda/polls/".length()));
	}

	List<PollInvitationIssued> invitations(UUID poll) {
		return events.stream(PollInvitationIssued.class).filter(e -> e.pollId().equals(poll)).toList();
	}

	String token(UUID poll, String email) {
		String link = invitations(poll).stream().filter(e -> e.email().equals(email)).findFirst().orElseThrow().link();
		return link.substring(link.indexOf("/p/") + 3);
	}

	String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	long count(String title) {
		return jdbc.queryForObject("select count(*) from agd_poll where title = ?", Long.class, title);
	}

	@Test
	void aPartnerMakesAPollAndEachInviteeIsMailedAPersonalLinkWhoseHashAloneIsKept() throws Exception {
		UUID id = create("Poll web creation");
		List<PollInvitationIssued> sent = invitations(id);
		assertThat(sent).extracting(PollInvitationIssued::email)
			.containsExactlyInAnyOrder("agent@demo.relais", "outside-" + "Poll web creation".hashCode() + "@example.org");
		assertThat(sent).allSatisfy(e -> {
			assertThat(e.link()).matches("https?://[^/]+/p/[A-Za-z0-9_-]{43}");
			assertThat(e.slots()).hasSize(2);
			assertThat(e.zoneId()).isEqualTo("Europe/Paris");
		});
		String token = token(id, "agent@demo.relais");
		assertThat(jdbc.queryForList("select token_hash from agd_poll_invitee where poll_id = ?", String.class, id))
			.doesNotContain(token)
			.contains(PollTokens.hash(token));
		assertThat(jdbc.queryForObject("select user_id from agd_poll_invitee where poll_id = ? and email = ?",
				UUID.class, id, "agent@demo.relais"))
			.isEqualTo(agent().userId());

		String show = page(get("/agenda/polls/{id}", id).with(user(partner())));
		assertThat(show).contains("Poll web creation", "<em>numbers</em>", "Choose the slot and create the event")
			.doesNotContain("<script>alert");
		assertThat(page(get("/agenda/polls").with(user(agent())))).contains("Poll web creation");
	}

	@Test
	void badInputIsRefusedNextToItsFieldAndNothingIsMade() throws Exception {
		String title = "Poll web bad input";
		assertRefused(form(title, "slots[0].date", "", "slots[0].start", "", "slots[0].end", "", "slots[1].date", "",
				"slots[1].start", "", "slots[1].end", ""),
				"Propose at least one slot.");
		assertRefused(form(title, "slots[0].end", "13:00"), "The end must come after the start.");
		assertRefused(form(title, "slots[0].date", day(-1)), "This slot is in the past.");
		assertRefused(form(title, "slots[1].date", day(7), "slots[1].start", "14:00", "slots[1].end",
				"16:00"), "This slot is already proposed above.");
		assertRefused(form(title, "slots[0].date", "31/02/2030"), "Enter a valid date");
		assertRefused(form(title, "emails", "agent@demo.relais\nnot-an-address"),
				"“not-an-address” is not a valid email address.");
		assertRefused(form(title, "organisationIds", UUID.randomUUID().toString()),
				"One of the organisations is not an organisation of the territory.");
		assertRefused(form(title, "emails", ""), "Invite at least one person");
		assertRefused(form(title, "locationId", UUID.randomUUID().toString()),
				"This location is not in the directory of the territory.");
		assertRefused(form(title, "title", ""), "Give the poll a title.");
		assertThat(count(title)).isZero();
		assertThat(events.stream(PollInvitationIssued.class).filter(e -> e.title().equals(title))).isEmpty();
	}

	private void assertRefused(MockHttpServletRequestBuilder request, String message) throws Exception {
		MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		String body = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains(message).contains("aria-invalid=\"true\"").contains("id=\"error-summary\"");
	}

	@Test
	void moreSlotRowsCanBeAddedWithoutJavaScriptAndWithoutErrors() throws Exception {
		MockHttpServletResponse r = mvc.perform(form("Poll web rows", "addRows", "1")).andReturn().getResponse();
		String body = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(body).contains("name=\"slots[5].date\"").doesNotContain("name=\"slots[6].date\"")
			.doesNotContain("error-summary");
		assertThat(count("Poll web rows")).isZero();
	}

	@Test
	void onlyTheOrganiserAndTheInviteesSeeAPollAndAnswersNeedAnInvitation() throws Exception {
		UUID id = create("Poll web permissions");
		RelaisPrincipal volunteer = accounts.findByEmail("volunteer@demo.relais").orElseThrow();
		RelaisPrincipal swiss = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		assertThat(mvc.perform(get("/agenda/polls/{id}", id).with(user(agent()))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		for (RelaisPrincipal outsider : List.of(volunteer, swiss)) {
			MockHttpServletResponse r = mvc.perform(get("/agenda/polls/{id}", id).with(user(outsider)))
				.andReturn()
				.getResponse();
			assertThat(r.getStatus()).isEqualTo(404);
			assertThat(r.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Poll web permissions");
			assertThat(page(get("/agenda/polls").with(user(outsider)))).doesNotContain("Poll web permissions");
		}
		// the organiser is not an invitee: no answer of theirs
		assertThat(mvc.perform(post("/agenda/polls/{id}/answer", id).with(user(partner())).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/agenda/polls/{id}", id)).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void anInviteeAnswersThroughTheLinkWithoutAnAccountAndChangesTheAnswerLater() throws Exception {
		String title = "Poll web link";
		UUID id = create(title);
		String outside = "outside-" + title.hashCode() + "@example.org";
		String token = token(id, outside);
		List<UUID> slots = slots(id);

		MockHttpServletResponse shown = mvc.perform(get("/p/{t}", token).header("Accept-Language", "en"))
			.andReturn()
			.getResponse();
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(shown.getContentAsString(StandardCharsets.UTF_8)).contains(title, "Your name", "Send my answer");

		MockHttpServletResponse partial = mvc.perform(post("/p/{t}", token).with(csrf())
			.header("Accept-Language", "en")
			.param("choice-" + slots.get(0), "YES")).andReturn().getResponse();
		assertThat(partial.getStatus()).isEqualTo(422);
		assertThat(partial.getContentAsString(StandardCharsets.UTF_8))
			.contains("Answer yes, if need be or no for every slot.");
		assertThat(answers(id, outside)).isZero();

		assertThat(mvc.perform(post("/p/{t}", token).with(csrf())
			.param("name", "Nadia from the library")
			.param("choice-" + slots.get(0), "YES")
			.param("choice-" + slots.get(1), "IF_NEED_BE")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/p/" + token);
		assertThat(choice(id, outside, slots.get(1))).isEqualTo("IF_NEED_BE");
		mvc.perform(post("/p/{t}", token).with(csrf())
			.param("choice-" + slots.get(0), "NO")
			.param("choice-" + slots.get(1), "YES"));
		assertThat(choice(id, outside, slots.get(0))).isEqualTo("NO");
		assertThat(choice(id, outside, slots.get(1))).isEqualTo("YES");
		assertThat(page(get("/agenda/polls/{id}", id).with(user(partner())))).contains("Nadia from the library");

		assertThat(mvc.perform(get("/p/{t}", token.substring(0, 42) + "x")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/p/{t}", "short")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theBestSlotIsMarkedInWordsAndTheOrganiserIsToldOnceWhenEveryoneHasAnswered() throws Exception {
		String title = "Poll web all answered";
		UUID id = create(title);
		List<UUID> slots = slots(id);
		mvc.perform(post("/agenda/polls/{id}/answer", id).with(user(agent()))
			.with(csrf())
			.param("choice-" + slots.get(0), "IF_NEED_BE")
			.param("choice-" + slots.get(1), "YES"));
		assertThat(events.stream(PollFullyAnswered.class).filter(e -> e.pollId().equals(id))).isEmpty();

		String page = page(get("/agenda/polls/{id}", id).with(user(partner())));
		int best = page.indexOf("★ Best slot");
		assertThat(best).isPositive();
		assertThat(page.substring(page.lastIndexOf("<th", best))).startsWith("<th scope=\"col\" data-best=\"true\"");
		assertThat(page).contains("Best slot so far:");

		String outside = "outside-" + title.hashCode() + "@example.org";
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/p/{t}", token(id, outside)).with(csrf())
				.param("choice-" + slots.get(0), "YES")
				.param("choice-" + slots.get(1), "NO"));
		}
		List<PollFullyAnswered> told = events.stream(PollFullyAnswered.class).filter(e -> e.pollId().equals(id)).toList();
		assertThat(told).hasSize(1);
		assertThat(told.get(0).organiserEmail()).isEqualTo("partner@demo.relais");
		assertThat(told.get(0).path()).isEqualTo("/agenda/polls/" + id);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject(
					"select count(*) from notification where user_id = ? and link = ? and message_key = ?", Long.class,
					partner().userId(), "/agenda/polls/" + id, "notification.poll.answered.inbox") == 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from sent_mail where recipient = ? and template = ?",
					Long.class, "partner@demo.relais", "poll-answered") >= 1);
		// one yes on each slot, but the first one has an "if need be" more: it is now the best
		String after = page(get("/agenda/polls/{id}", id).with(user(partner())));
		int bestAfter = after.indexOf("★ Best slot");
		String column = after.substring(after.lastIndexOf("<th", bestAfter), bestAfter);
		java.time.format.DateTimeFormatter full = java.time.format.DateTimeFormatter
			.ofLocalizedDate(java.time.format.FormatStyle.FULL)
			.withLocale(java.util.Locale.ENGLISH);
		assertThat(column).contains(full.format(LocalDate.now(PARIS).plusDays(7)))
			.doesNotContain(full.format(LocalDate.now(PARIS).plusDays(8)));
	}

	@Test
	void theOrganiserTurnsTheChosenSlotIntoAnEventWithThoseWhoCanCome() throws Exception {
		String title = "Poll web closing";
		UUID id = create(title);
		List<UUID> slots = slots(id);
		String outside = "outside-" + title.hashCode() + "@example.org";
		mvc.perform(post("/agenda/polls/{id}/answer", id).with(user(agent()))
			.with(csrf())
			.param("choice-" + slots.get(0), "NO")
			.param("choice-" + slots.get(1), "YES"));
		mvc.perform(post("/p/{t}", token(id, outside)).with(csrf())
			.param("choice-" + slots.get(0), "YES")
			.param("choice-" + slots.get(1), "IF_NEED_BE"));

		// the best slot (1 yes + 1 if need be) is preselected
		String page = page(get("/agenda/polls/{id}", id).with(user(partner())));
		assertThat(page).contains("value=\"" + slots.get(1) + "\" checked=\"checked\"");

		// only the organiser may close, and only on one of the poll's slots
		assertThat(mvc.perform(post("/agenda/polls/{id}/close", id).with(user(agent()))
			.with(csrf())
			.param("slot", slots.get(1).toString())).andReturn().getResponse().getStatus()).isEqualTo(404);
		MockHttpServletResponse wrong = mvc.perform(post("/agenda/polls/{id}/close", id).with(user(partner()))
			.with(csrf())
			.header("Accept-Language", "en")
			.param("slot", UUID.randomUUID().toString())).andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(422);
		assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("Choose one of the proposed slots.");
		assertThat(status(id)).isEqualTo("OPEN");

		assertThat(mvc.perform(post("/agenda/polls/{id}/close", id).with(user(partner()))
			.with(csrf())
			.param("slot", slots.get(1).toString())).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/agenda/polls/" + id);
		assertThat(status(id)).isEqualTo("CLOSED");
		UUID event = jdbc.queryForObject("select event_id from agd_poll where id = ?", UUID.class, id);
		assertThat(jdbc.queryForMap("select title, time_zone, start_local from agd_event where id = ?", event))
			.containsEntry("title", title)
			.containsEntry("time_zone", "Europe/Paris")
			.containsEntry("start_local", java.sql.Timestamp.valueOf(LocalDate.now(PARIS).plusDays(8).atTime(9, 30)));
		assertThat(jdbc.queryForList("select coalesce(email, cast(user_id as varchar(64))) from agd_attendee"
				+ " where event_id = ?", String.class, event))
			.containsExactlyInAnyOrder(agent().userId().toString(), outside);

		String closed = page(get("/agenda/polls/{id}", id).with(user(partner())));
		assertThat(closed).contains("href=\"/agenda/events/" + event + "\"", "Closed → event", "Chosen slot")
			.doesNotContain("Create the event");
		MockHttpServletResponse late = mvc.perform(post("/p/{t}", token(id, outside)).with(csrf())
			.header("Accept-Language", "en")
			.param("choice-" + slots.get(0), "NO")
			.param("choice-" + slots.get(1), "NO")).andReturn().getResponse();
		assertThat(late.getStatus()).isEqualTo(422);
		assertThat(choice(id, outside, slots.get(1))).isEqualTo("IF_NEED_BE");
	}

	@Test
	void whenTheAgendaRefusesTheInvitationsNothingIsCreatedAndThePollStaysOpen() throws Exception {
		String title = "Poll web refused";
		UUID id = create(title);
		List<UUID> slots = slots(id);
		String outside = "outside-" + title.hashCode() + "@example.org";
		mvc.perform(post("/p/{t}", token(id, outside)).with(csrf())
			.param("choice-" + slots.get(0), "YES")
			.param("choice-" + slots.get(1), "YES"));
		// an address the agenda does not accept: the event is made first, then its invitation fails
		jdbc.update("update agd_poll_invitee set email = ? where poll_id = ? and email = ?", "no address", id, outside);

		MockHttpServletResponse r = mvc.perform(post("/agenda/polls/{id}/close", id).with(user(partner()))
			.with(csrf())
			.header("Accept-Language", "en")
			.param("slot", slots.get(0).toString())).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"close-error\"");
		assertThat(status(id)).isEqualTo("OPEN");
		assertThat(jdbc.queryForObject("select count(*) from agd_event where title = ?", Long.class, title)).isZero();
	}

	private String status(UUID poll) {
		return jdbc.queryForObject("select status from agd_poll where id = ?", String.class, poll);
	}

	private List<UUID> slots(UUID poll) {
		return jdbc.queryForList("select id from agd_poll_slot where poll_id = ? order by starts_at", UUID.class, poll);
	}

	private long answers(UUID poll, String email) {
		return jdbc.queryForObject("select count(*) from agd_poll_answer a join agd_poll_invitee i on i.id = a.invitee_id"
				+ " where i.poll_id = ? and i.email = ?", Long.class, poll, email);
	}

	private String choice(UUID poll, String email, UUID slot) {
		return jdbc.queryForObject("select a.choice from agd_poll_answer a join agd_poll_invitee i on i.id = a.invitee_id"
				+ " where i.poll_id = ? and i.email = ? and a.slot_id = ?", String.class, poll, email, slot);
	}

}
