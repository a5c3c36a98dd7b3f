package org.relais.agenda.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.agenda.Agenda;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Recurrence;
import org.relais.agenda.event.EventRepository;
import org.relais.directory.DirectoryCatalog;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agenda pages on the real database: the week and month views keep to their boundaries (in the territory's
 * time zone, across the change to summer time), filters narrow them, a cancelled occurrence shows as cancelled, an
 * invitees' event stays hidden from whoever is not invited, and the public pages show public events only, to
 * anybody, and 404 for anything else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaViewsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agenda agenda;

	@Autowired
	EventRepository events;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	DirectoryCatalog directory;

	@Autowired
	TransactionTemplate tx;

	UUID lyon;

	UUID zurich;

	RelaisPrincipal agent;

	RelaisPrincipal partner;

	RelaisPrincipal swiss;

	UUID partnerOrg;

	UUID publicEvent;

	UUID partnersEvent;

	UUID secretEvent;

	@BeforeAll
	void data() {
		lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		swiss = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		partnerOrg = directory.memberOrganisations(partner.userId()).iterator().next();
		// The week of Monday 22 March 2027; summer time starts on Sunday 28 March at 02:00 in Paris.
		create("Vues-bord-avant", at(2027, 3, 21, 23, 15), EventCategory.TRAINING, EventVisibility.PARTNERS, null);
		create("Vues-lundi", at(2027, 3, 22, 0, 0), EventCategory.TRAINING, EventVisibility.PARTNERS, null);
		create("Vues-dimanche-ete", at(2027, 3, 28, 22, 0), EventCategory.PARTNER_MEETING, EventVisibility.PARTNERS,
				null);
		create("Vues-bord-apres", at(2027, 3, 29, 0, 0), EventCategory.TRAINING, EventVisibility.PARTNERS, null);
		// the month of March 2027 runs from Monday 1 March until Wednesday 31 March; its grid until Sunday 4 April
		create("Vues-fevrier", at(2027, 2, 28, 10, 0), EventCategory.TRAINING, EventVisibility.PARTNERS, null);
		create("Vues-premier-mars", at(2027, 3, 1, 10, 0), EventCategory.TRAINING, EventVisibility.PARTNERS, null);
		create("Vues-trente-et-un", at(2027, 3, 31, 10, 0), EventCategory.TRAINING, EventVisibility.PARTNERS, null);
		create("Vues-avril-loin", at(2027, 4, 12, 10, 0), EventCategory.TRAINING, EventVisibility.PARTNERS, null);
		publicEvent = create("Vues-public", at(2027, 3, 24, 18, 0), EventCategory.PUBLIC_EVENT,
				EventVisibility.PUBLIC, partnerOrg);
		partnersEvent = create("Vues-partenaires", at(2027, 3, 24, 9, 0), EventCategory.PARTNER_MEETING,
				EventVisibility.PARTNERS, null);
		// an invitees' event of the partner's organisation, the agent not invited
		secretEvent = agenda.create(lyon, partner.userId(), new EventDraft("Vues-confidentiel", null,
				at(2027, 3, 25, 10, 0), at(2027, 3, 25, 11, 0), false, null, null, null, null, partnerOrg,
				EventCategory.PARTNER_MEETING, EventVisibility.INVITEES, null, null));
		// weekly on Tuesdays from 2 March, the 23 March occurrence cancelled
		UUID weekly = agenda.create(lyon, agent.userId(), new EventDraft("Vues-hebdo", null, at(2027, 3, 2, 14, 0),
				at(2027, 3, 2, 15, 0), false, null, null, "1 place Bellecour", null, null, EventCategory.JOINT_ACTION,
				EventVisibility.PUBLIC, null, Recurrence.weekly(1, null, 5)));
		tx.executeWithoutResult(s -> events.findById(weekly)
			.orElseThrow()
			.changeOccurrence(at(2027, 3, 23, 14, 0), true, null, null, Instant.now()));
	}

	private UUID create(String title, LocalDateTime start, EventCategory category, EventVisibility visibility,
			UUID organiser) {
		return agenda.create(lyon, agent.userId(), new EventDraft(title, "Une **description** <script>alert(1)</script>",
				start, start.plusMinutes(45), false, null, null, "Lyon 3e", null, organiser, category, visibility,
				null, null));
	}

	private static LocalDateTime at(int y, int m, int d, int h, int min) {
		return LocalDateTime.of(y, m, d, h, min);
	}

	private MockHttpServletResponse page(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private String body(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = page(request);
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theWeekRunsFromMondayUntilSundayInTheTerritorysTime() throws Exception {
		String week = body(get("/agenda").param("view", "week").param("date", "2027-03-24").with(user(agent)));
		assertThat(week).contains("Vues-lundi", "Vues-dimanche-ete", "Vues-public", "Vues-partenaires")
			.doesNotContain("Vues-bord-avant", "Vues-bord-apres", "Vues-premier-mars");
		// seven days, each with its heading, and links to the weeks around
		assertThat(week.split("<section ", -1)).hasSize(8);
		assertThat(week).contains("href=\"/agenda?view=week&amp;date=2027-03-15\"",
				"href=\"/agenda?view=week&amp;date=2027-03-29\"", "href=\"/agenda/events/" + partnersEvent + "\"");
		assertThat(week).contains("/agenda/events/new");
	}

	@Test
	void theMonthShowsItsWholeWeeksAndNothingBeyond() throws Exception {
		String month = body(get("/agenda").param("view", "month").param("date", "2027-03-10").with(user(agent)));
		assertThat(month).contains("<table", "scope=\"col\"", "Vues-premier-mars", "Vues-trente-et-un", "Vues-lundi")
			.doesNotContain("Vues-fevrier", "Vues-avril-loin");
		// 1 March 2027 is a Monday, 31 March a Wednesday: five weeks of seven days
		assertThat(month.split("<td", -1)).hasSize(36);
		assertThat(month).contains("date=2027-02-01", "date=2027-04-01");
	}

	@Test
	void theListIsGroupedByDayAndFiltersNarrowIt() throws Exception {
		String list = body(get("/agenda").param("date", "2027-03-22").with(user(agent)));
		assertThat(list).contains("Vues-lundi", "Vues-partenaires", "Vues-avril-loin");
		String trainings = body(get("/agenda").param("date", "2027-03-22").param("category", "TRAINING")
			.with(user(agent)));
		assertThat(trainings).contains("Vues-lundi").doesNotContain("Vues-partenaires", "Vues-public");
		String byPartner = body(get("/agenda").param("view", "week").param("date", "2027-03-22")
			.param("organiser", partnerOrg.toString())
			.with(user(agent)));
		assertThat(byPartner).contains("Vues-public").doesNotContain("Vues-lundi", "Vues-partenaires");
		String byTerritory = body(get("/agenda").param("view", "week").param("date", "2027-03-22")
			.param("organiser", "territory")
			.with(user(agent)));
		assertThat(byTerritory).contains("Vues-lundi", "Vues-partenaires").doesNotContain("Vues-public");
		// the filters ride along the previous/next links
		assertThat(byTerritory).contains("date=2027-03-29&amp;organiser=territory");
	}

	@Test
	void wrongFilterValuesAreReportedNextToTheirFieldAndThePageStillShows() throws Exception {
		String page = body(get("/agenda").param("date", "23/11/2026")
			.param("category", "PARTY")
			.param("organiser", UUID.randomUUID().toString())
			.locale(Locale.FRENCH)
			.with(user(agent)));
		assertThat(page).contains("id=\"date-error\"", "id=\"category-error\"", "id=\"organiser-error\"",
				"aria-invalid=\"true\"", "Indiquez une date au format AAAA-MM-JJ.");
		assertThat(page(get("/agenda").param("view", "<script>").param("date", "99999-01-01").with(user(agent)))
			.getStatus()).isEqualTo(200);
	}

	@Test
	void aCancelledOccurrenceIsStruckThroughAndSaysSo() throws Exception {
		String week = body(get("/agenda").param("view", "week").param("date", "2027-03-23")
			.locale(Locale.FRENCH)
			.with(user(agent)));
		assertThat(week).containsPattern("<del>Vues-hebdo</del>\\s*</a>\\s*<span class=\"tag tag--warning\">Annulé</span>");
		String next = body(get("/agenda").param("view", "week").param("date", "2027-03-30").with(user(agent)));
		assertThat(next).contains("Vues-hebdo").doesNotContain("<del>Vues-hebdo</del>");
	}

	@Test
	void anInviteesEventIsHiddenFromWhoeverIsNotInvited() throws Exception {
		String agents = body(get("/agenda").param("view", "week").param("date", "2027-03-22").with(user(agent)));
		assertThat(agents).doesNotContain("Vues-confidentiel");
		String partners = body(get("/agenda").param("view", "week").param("date", "2027-03-22").with(user(partner)));
		assertThat(partners).contains("Vues-confidentiel");
	}

	@Test
	void anotherTerritorysAgendaShowsNoneOfIt() throws Exception {
		String swissWeek = body(get("/agenda").param("view", "week").param("date", "2027-03-22").with(user(swiss)));
		assertThat(swissWeek).doesNotContain("Vues-", "Lyon");
	}

	@Test
	void publicPagesShowPublicEventsOnlyToAnybody() throws Exception {
		String list = body(get("/t/metropole-de-lyon/events").param("date", "2027-03-22"));
		assertThat(list).contains("Vues-public", "Vues-hebdo", "/t/metropole-de-lyon/events/" + publicEvent,
				"/t/metropole-de-lyon/events.ics")
			.doesNotContain("Vues-partenaires", "Vues-lundi", "Vues-confidentiel");
		String byOrganisation = body(get("/t/metropole-de-lyon/events").param("date", "2027-03-22")
			.param("organiser", partnerOrg.toString()));
		assertThat(byOrganisation).contains("Vues-public", "/t/metropole-de-lyon/organisations/" + partnerOrg + "/events.ics")
			.doesNotContain("Vues-hebdo");
		String page = body(get("/t/metropole-de-lyon/events/{id}", publicEvent).locale(Locale.FRENCH));
		assertThat(page).contains("Vues-public", "<strong>description</strong>",
				"/t/metropole-de-lyon/events/" + publicEvent + ".ics", "Lyon 3e")
			.doesNotContain("<script>alert(1)");
		MockHttpServletResponse file = page(get("/t/metropole-de-lyon/events/{id}.ics", publicEvent));
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(file.getContentAsString(StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR", "SUMMARY:Vues-public",
				"UID:" + publicEvent + "@relais");
	}

	@Test
	void aNonPublicEventOrAnotherTerritorysIsNotFound() throws Exception {
		for (UUID hidden : Set.of(partnersEvent, secretEvent, UUID.randomUUID())) {
			assertThat(page(get("/t/metropole-de-lyon/events/{id}", hidden)).getStatus()).isEqualTo(404);
			assertThat(page(get("/t/metropole-de-lyon/events/{id}.ics", hidden)).getStatus()).isEqualTo(404);
		}
		MockHttpServletResponse across = page(get("/t/kanton-zuerich/events/{id}", publicEvent).with(user(swiss)));
		assertThat(across.getStatus()).isEqualTo(404);
		assertThat(across.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Vues-public");
		assertThat(page(get("/t/kanton-zuerich/events/{id}.ics", publicEvent)).getStatus()).isEqualTo(404);
		assertThat(page(get("/t/nowhere/events")).getStatus()).isEqualTo(404);
		assertThat(body(get("/t/kanton-zuerich/events").param("date", "2027-03-22"))).doesNotContain("Vues-");
	}

	@Test
	void theAgendaNeedsASignedInUser() throws Exception {
		MockHttpServletResponse anonymous = page(get("/agenda"));
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
	}

}
