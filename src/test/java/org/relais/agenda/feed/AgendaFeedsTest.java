package org.relais.agenda.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.agenda.Agenda;
import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Invitees;
import org.relais.agenda.Recurrence;
import org.relais.agenda.event.AttendeeRepository;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventRepository;
import org.relais.agenda.event.Occurrences;
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
 * The iCalendar feeds over HTTP, read back by an independent parser (biweekly): valid RFC 5545 with its VTIMEZONE,
 * a UID that stays and a SEQUENCE that grows when an event changes, cancelled events kept with STATUS:CANCELLED,
 * recurrences across daylight-saving changes in Paris, Zürich and Brussels that expand to the occurrences the pages
 * show, and a personal feed whose secret address stops working once revoked or renewed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaFeedsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agenda agenda;

	@Autowired
	EventRepository events;

	@Autowired
	AttendeeRepository attendees;

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

	UUID partnerOrg;

	/** Four months from now: inside every feed's window whatever day the tests run. */
	LocalDate base;

	@BeforeAll
	void ids() {
		lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		partnerOrg = directory.memberOrganisations(partner.userId()).iterator().next();
		base = LocalDate.now().plusMonths(4);
	}

	private UUID create(UUID territory, UUID actor, String title, LocalDateTime start, String zone,
			EventVisibility visibility, UUID organiser, Recurrence recurrence) {
		return agenda.create(territory, actor, new EventDraft(title, "Texte", start, start.plusHours(2), false, zone,
				null, "Salle 1", null, organiser, EventCategory.JOINT_ACTION, visibility, null, recurrence));
	}

	private MockHttpServletResponse fetch(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private ICalendar parse(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		String ics = response.getContentAsString(StandardCharsets.UTF_8);
		ICalendar calendar = Biweekly.parse(ics).first();
		assertThat(calendar).as("parsed by biweekly").isNotNull();
		assertThat(calendar.validate(ICalVersion.V2_0).getWarnings()).as("RFC 5545 validation by biweekly").isEmpty();
		assertThat(ics).contains("BEGIN:VTIMEZONE", "X-WR-CALNAME:").doesNotContain("METHOD:");
		return calendar;
	}

	private static List<VEvent> withUid(ICalendar calendar, UUID id) {
		return calendar.getEvents()
			.stream()
			.filter(v -> v.getUid().getValue().equals(id + "@relais"))
			.toList();
	}

	@Test
	void thePublicFeedHoldsPublicEventsWithAStableUidAndAGrowingSequence() throws Exception {
		LocalDateTime start = base.atTime(10, 0);
		UUID id = create(lyon, agent.userId(), "Flux-public", start, null, EventVisibility.PUBLIC, null, null);
		UUID partners = create(lyon, agent.userId(), "Flux-partenaires", start, null, EventVisibility.PARTNERS, null,
				null);
		MockHttpServletResponse first = fetch(get("/t/metropole-de-lyon/events.ics"));
		ICalendar calendar = parse(first);
		VEvent before = withUid(calendar, id).get(0);
		assertThat(withUid(calendar, partners)).isEmpty();
		assertThat(first.getHeader("Cache-Control")).contains("max-age", "public");
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader("Last-Modified")).isNotBlank();
		assertThat(fetch(get("/t/metropole-de-lyon/events.ics").header("If-None-Match", etag)).getStatus())
			.isEqualTo(304);

		EventDraft changed = new EventDraft("Flux-public", "Texte", start.plusHours(3), start.plusHours(5), false, null,
				null, "Salle 2", null, null, EventCategory.JOINT_ACTION, EventVisibility.PUBLIC, null, null);
		agenda.update(lyon, id, changed);
		MockHttpServletResponse second = fetch(get("/t/metropole-de-lyon/events.ics").header("If-None-Match", etag));
		VEvent after = withUid(parse(second), id).get(0);
		assertThat(after.getUid().getValue()).isEqualTo(before.getUid().getValue());
		assertThat(after.getSequence().getValue()).isGreaterThan(before.getSequence().getValue());
		assertThat(after.getDateStart().getValue().toInstant())
			.isEqualTo(start.plusHours(3).atZone(ZoneId.of("Europe/Paris")).toInstant());
		assertThat(after.getLocation().getValue()).isEqualTo("Salle 2");
		assertThat(second.getHeader("ETag")).isNotEqualTo(etag);
	}

	@Test
	void aCancelledEventStaysInTheFeedAsCancelled() throws Exception {
		UUID id = create(lyon, agent.userId(), "Flux-annule", base.atTime(15, 0), null, EventVisibility.PUBLIC, null,
				null);
		tx.executeWithoutResult(s -> events.findById(id).orElseThrow().cancel(Instant.now()));
		VEvent cancelled = withUid(parse(fetch(get("/t/metropole-de-lyon/events.ics"))), id).get(0);
		assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(cancelled.getSequence().getValue()).isEqualTo(1);
	}

	@Test
	void weeklyRecurrencesAcrossSummerTimeAgreeWithTheParserInParisZurichAndBrussels() throws Exception {
		// Sundays at 10:00, five times from the first Sunday of March after base: summer time starts on the last Sunday
		LocalDate march = LocalDate.of(base.getMonthValue() <= 3 ? base.getYear() : base.getYear() + 1, 3, 1);
		if (march.isAfter(LocalDate.now().plusMonths(11))) {
			march = march.minusYears(1);
		}
		LocalDateTime first = march.with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY))
			.minusWeeks(2)
			.atTime(10, 0);
		record Case(UUID territory, String slug, String zone) {
		}
		for (Case c : List.of(new Case(lyon, "metropole-de-lyon", "Europe/Paris"),
				new Case(zurich, "kanton-zuerich", "Europe/Zurich"),
				new Case(lyon, "metropole-de-lyon", "Europe/Brussels"))) {
			RelaisPrincipal actor = c.territory().equals(lyon) ? agent
					: accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
			UUID id = create(c.territory(), actor.userId(), "Flux-heure-" + c.zone(), first, c.zone(),
					EventVisibility.PUBLIC, null, Recurrence.weekly(1, null, 5));
			tx.executeWithoutResult(s -> events.findById(id)
				.orElseThrow()
				.changeOccurrence(first.plusWeeks(3), true, null, null, Instant.now()));
			ICalendar calendar = parse(fetch(get("/t/{slug}/events.ics", c.slug())));
			assertThat(calendar.getTimezoneInfo().getComponents()).extracting(tz -> tz.getTimezoneId().getValue())
				.contains(c.zone());
			VEvent master = withUid(calendar, id).get(0);
			List<Instant> theirs = new ArrayList<>();
			DateIterator it = master.getDateIterator(TimeZone.getTimeZone(c.zone()));
			while (it.hasNext()) {
				Date d = it.next();
				theirs.add(d.toInstant());
			}
			CalendarEvent event = events.findById(id).orElseThrow();
			List<Instant> ours = Occurrences.of(event).stream().filter(o -> !o.cancelled()).map(o -> o.start()).toList();
			assertThat(theirs).as(c.zone()).hasSize(4).containsExactlyElementsOf(ours);
			// 10:00 on the wall clock before and after the change of time: one hour less in UTC
			assertThat(ours.get(0).atZone(ZoneId.of(c.zone())).getHour()).isEqualTo(10);
			assertThat(ours.get(3).atZone(ZoneId.of(c.zone())).getHour()).isEqualTo(10);
			assertThat(ours.get(0).atZone(ZoneId.of("UTC")).getHour()).isEqualTo(9);
			assertThat(ours.get(3).atZone(ZoneId.of("UTC")).getHour()).isEqualTo(8);
		}
	}

	@Test
	void anOrganisationsFeedHoldsItsPublicEventsOnly() throws Exception {
		UUID own = create(lyon, partner.userId(), "Flux-structure", base.atTime(9, 0), null, EventVisibility.PUBLIC,
				partnerOrg, null);
		UUID other = create(lyon, agent.userId(), "Flux-territoire", base.atTime(9, 0), null, EventVisibility.PUBLIC,
				null, null);
		ICalendar calendar = parse(fetch(get("/t/metropole-de-lyon/organisations/{id}/events.ics", partnerOrg)));
		assertThat(withUid(calendar, own)).hasSize(1);
		assertThat(withUid(calendar, other)).isEmpty();
		assertThat(fetch(get("/t/kanton-zuerich/organisations/{id}/events.ics", partnerOrg)).getStatus())
			.isEqualTo(404);
		assertThat(fetch(get("/t/metropole-de-lyon/organisations/{id}/events.ics", UUID.randomUUID())).getStatus())
			.isEqualTo(404);
	}

	@Test
	void thePersonalFeedHoldsWhatConcernsItsUserUntilItsAddressIsRevoked() throws Exception {
		LocalDateTime at = base.atTime(11, 0);
		UUID partners = create(lyon, agent.userId(), "Flux-perso-partenaires", at, null, EventVisibility.PARTNERS,
				null, null);
		UUID invited = create(lyon, partner.userId(), "Flux-perso-invite", at, null, EventVisibility.INVITEES,
				partnerOrg, null);
		UUID declined = create(lyon, partner.userId(), "Flux-perso-decline", at, null, EventVisibility.INVITEES,
				partnerOrg, null);
		UUID notInvited = create(lyon, partner.userId(), "Flux-perso-ferme", at, null, EventVisibility.INVITEES,
				partnerOrg, null);
		UUID publicOnly = create(lyon, partner.userId(), "Flux-perso-public", at, null, EventVisibility.PUBLIC,
				partnerOrg, null);
		for (UUID e : List.of(invited, declined)) {
			agenda.invite(lyon, e, partner.userId(), new Invitees(Set.of(), Set.of(agent.userId()), Set.of()));
		}
		tx.executeWithoutResult(s -> attendees.findByEventIdAndUserId(declined, agent.userId())
			.orElseThrow()
			.answer(AttendeeResponse.NO, false, Instant.now()));

		MockHttpServletResponse made = mvc.perform(post("/agenda/feed").with(user(agent)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(made.getStatus()).isEqualTo(302);
		String url = (String) mvc.perform(post("/agenda/feed").with(user(agent)).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		assertThat(url).matches(".*/feeds/[A-Za-z0-9_-]{43}\\.ics");
		String path = url.substring(url.indexOf("/feeds/"));
		ICalendar calendar = parse(fetch(get(path)));
		assertThat(withUid(calendar, partners)).hasSize(1);
		assertThat(withUid(calendar, invited)).hasSize(1);
		assertThat(withUid(calendar, declined)).isEmpty();
		assertThat(withUid(calendar, notInvited)).isEmpty();
		assertThat(withUid(calendar, publicOnly)).isEmpty();
		// the partner's own feed holds its organisation's events, the closed one included
		String partnerUrl = (String) mvc.perform(post("/agenda/feed").with(user(partner)).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		ICalendar partnerCalendar = parse(fetch(get(partnerUrl.substring(partnerUrl.indexOf("/feeds/")))));
		assertThat(withUid(partnerCalendar, notInvited)).hasSize(1);
		assertThat(withUid(partnerCalendar, publicOnly)).hasSize(1);

		String page = mvc.perform(get("/agenda/feed").with(user(agent)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/agenda/feed/revoke").doesNotContain(path);

		// renewing revoked the first address; revoking the second leaves nothing
		assertThat(mvc.perform(post("/agenda/feed/revoke").with(user(agent)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(fetch(get(path)).getStatus()).isEqualTo(404);
		assertThat(fetch(get("/feeds/not-a-real-token-at-all-0000000.ics")).getStatus()).isEqualTo(404);
		assertThat(fetch(get("/feeds/x.ics")).getStatus()).isEqualTo(404);
	}

	@Test
	void aRenewedAddressReplacesTheOldOne() throws Exception {
		String first = (String) mvc.perform(post("/agenda/feed").with(user(partner)).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		String second = (String) mvc.perform(post("/agenda/feed").with(user(partner)).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		assertThat(fetch(get(first.substring(first.indexOf("/feeds/")))).getStatus()).isEqualTo(404);
		assertThat(fetch(get(second.substring(second.indexOf("/feeds/")))).getStatus()).isEqualTo(200);
		assertThat(mvc.perform(post("/agenda/feed")).andReturn().getResponse().getStatus()).isIn(302, 403);
	}

}
