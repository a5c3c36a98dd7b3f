package org.relais.agenda.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.agenda.Agenda;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventChanged;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventRsvpLinkIssued;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.EventWaitlistPromoted;
import org.relais.agenda.Invitees;
import org.relais.agenda.Recurrence;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.ReferralFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The event pages through MockMvc, in a territory of their own: the form's refusals next to their fields with
 * nothing written, who sees and who changes an event, answers from the page and from the personal link (without
 * signing in), the waiting list and its promotion, single-occurrence changes, files.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class EventPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Agenda agenda;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents published;

	ReferralFixtures.World w;

	@BeforeEach
	void world() {
		w = new ReferralFixtures(context).world();
	}

	/** The form of a valid event; {@code changes} are name/value pairs that replace or add fields. */
	private MockMultipartHttpServletRequestBuilder form(RelaisPrincipal as, String title, String... changes) {
		return formAt("/agenda/events/new", as, title, changes);
	}

	private MockMultipartHttpServletRequestBuilder formAt(String path, RelaisPrincipal as, String title,
			String... changes) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("title", title);
		fields.put("description", "Ordre du jour : **bilan** <script>alert(1)</script>");
		fields.put("startDate", "2027-03-02");
		fields.put("startTime", "14:00");
		fields.put("endDate", "2027-03-02");
		fields.put("endTime", "16:00");
		fields.put("timeZone", "Europe/Paris");
		fields.put("organiser", "TERRITORY");
		fields.put("category", "PARTNER_MEETING");
		fields.put("visibility", "INVITEES");
		fields.put("address", "1 place Bellecour, Lyon");
		fields.put("repeat", "NONE");
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder b = multipart(path);
		fields.forEach(b::param);
		b.header("Accept-Language", "en").with(user(as)).with(csrf());
		return b;
	}

	private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse r) throws Exception {
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	private int events() {
		return jdbc.queryForObject("select count(*) from agd_event where territory_id = ?", Integer.class,
				w.territory());
	}

	@Test
	void badInputIsShownNextToItsFieldAndNothingIsWritten() throws Exception {
		MockHttpServletResponse r = perform(form(w.agent(), "Comité", "endTime", "13:00"));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(body(r)).contains("id=\"endDate-error\"", "The end must come after the start.",
				"aria-invalid=\"true\"", "error-summary");

		r = perform(form(w.agent(), "Comité", "startDate", "2027-13-45"));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(body(r)).contains("id=\"startDate-error\"", "Enter a date, like 2026-03-14.");

		r = perform(form(w.agent(), "Comité", "repeat", "WEEKLY", "ends", "UNTIL"));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(body(r)).contains("id=\"repeat-error\"", "A repeating event needs an end");

		r = perform(form(w.agent(), " "));
		assertThat(body(r)).contains("id=\"title-error\"", "Give the event a title.");

		r = perform(form(w.agent(), "Comité", "inviteEmails", "someone@example.org\nnot-an-address"));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(body(r)).contains("id=\"inviteEmails-error\"", "is not a valid email address");

		// a partner may not name the territory as organiser, nor another organisation
		r = perform(form(w.partner(), "Comité", "organiser", w.otherOrganisation().toString()));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(body(r)).contains("id=\"organiser-error\"");

		r = perform(form(w.agent(), "Comité").file(new MockMultipartFile("files", "notes.pdf", "application/pdf",
				"not a pdf at all".getBytes(StandardCharsets.UTF_8))));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(body(r)).contains("id=\"files-error\"");

		assertThat(events()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from agd_attendee a join agd_event e on e.id = a.event_id"
				+ " where e.territory_id = ?", Integer.class, w.territory())).isZero();
	}

	@Test
	void anEventIsCreatedWithInviteesAndFilesAndShownToThemOnly() throws Exception {
		String title = ReferralFixtures.unique("Comité des partenaires");
		MockHttpServletResponse r = perform(form(w.agent(), title).param("inviteUsers", w.partner().userId().toString())
			.param("inviteEmails", "Guest.One@Example.org")
			.param("capacity", "10")
			.file(new MockMultipartFile("files", "ordre-du-jour.pdf", "application/pdf", ReferralFixtures.pdf())));
		assertThat(r.getStatus()).as(body(r)).isEqualTo(302);
		UUID id = UUID.fromString(r.getRedirectedUrl().substring("/agenda/events/".length()));
		assertThat(published.stream(EventRsvpLinkIssued.class).filter(e -> e.eventId().equals(id))).hasSize(2);

		String page = body(perform(get("/agenda/events/{id}", id).header("Accept-Language", "en").with(user(w.agent()))));
		assertThat(page).contains(title, "1 place Bellecour, Lyon", "<strong>bilan</strong>", "guest.one@example.org",
				"Paul Partner", "ordre-du-jour.pdf", "10 places left out of 10.")
			.doesNotContain("<script>alert(1)</script>");
		assertThat(jdbc.queryForObject("select count(*) from personal_data_access where subject_id = ?",
				Integer.class, id)).isPositive();

		// the invited partner sees it, with the counts and the answer buttons, not the list of attendees
		String partnerPage = body(perform(get("/agenda/events/{id}", id).header("Accept-Language", "en")
			.with(user(w.partner()))));
		assertThat(partnerPage).contains(title, "Yes, I’m coming", "Going: 0").doesNotContain("guest.one@example.org");
		UUID attachment = jdbc.queryForObject("select id from agd_event_attachment where event_id = ?", UUID.class, id);
		r = perform(get("/agenda/events/{id}/attachments/{a}", id, attachment).with(user(w.partner())));
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(r.getContentType()).isEqualTo("application/pdf");

		// somebody else of the territory: an invitees-only event does not exist for them
		for (String path : List.of("/agenda/events/{id}", "/agenda/events/{id}/edit", "/agenda/events/{id}/event.ics")) {
			assertThat(perform(get(path, id).with(user(w.otherPartner()))).getStatus()).as(path).isEqualTo(404);
		}
		assertThat(perform(get("/agenda/events/{id}/attachments/{a}", id, attachment).with(user(w.otherPartner())))
			.getStatus()).isEqualTo(404);
		// the platform's file route does not serve it either
		UUID file = jdbc.queryForObject("select file_id from agd_event_attachment where id = ?", UUID.class, attachment);
		assertThat(perform(get("/files/{id}", file).with(user(w.partner()))).getStatus()).isEqualTo(404);

		r = perform(get("/agenda/events/{id}/event.ics", id).with(user(w.partner())));
		assertThat(r.getContentType()).startsWith("text/calendar");
		assertThat(body(r)).contains("METHOD:PUBLISH", "UID:" + id + "@relais", "TZID:Europe/Paris");

		// an editor changes the capacity and removes the file
		r = perform(formAt("/agenda/events/" + id + "/edit", w.agent(), title, "capacity", "12", "removeAttachments",
				attachment.toString())
			.file(new MockMultipartFile("files", "plan.pdf", "application/pdf", ReferralFixtures.pdf())));
		assertThat(r.getStatus()).as(body(r)).isEqualTo(302);
		assertThat(jdbc.queryForList("select file_name from agd_event_attachment where event_id = ?", String.class,
				id)).containsExactly("plan.pdf");
		assertThat(context.getBean(org.relais.platform.StoredFiles.class).find(file)).isEmpty();
		UUID plan = jdbc.queryForObject("select file_id from agd_event_attachment where event_id = ?", UUID.class, id);
		assertThat(jdbc.queryForObject("select capacity from agd_event where id = ?", Integer.class, id)).isEqualTo(12);

		// a year after the event, the retention job deletes it with its file
		context.getBean(org.relais.agenda.event.AgendaRetention.class).purge(java.time.Instant.parse("2028-03-04T00:00:00Z"));
		assertThat(context.getBean(org.relais.platform.StoredFiles.class).find(plan)).isEmpty();
		assertThat(perform(get("/agenda/events/{id}", id).with(user(w.agent()))).getStatus()).isEqualTo(404);
	}

	@Test
	void aPartnerOfAnotherOrganisationSeesAPartnersEventButCannotChangeIt() throws Exception {
		UUID id = agenda.create(w.territory(), w.partner().userId(), new EventDraft("Atelier", null,
				LocalDateTime.of(2027, 4, 6, 10, 0), LocalDateTime.of(2027, 4, 6, 12, 0), false, null, null, null, null,
				w.organisation(), EventCategory.TRAINING, EventVisibility.PARTNERS, null, null));
		assertThat(perform(get("/agenda/events/{id}", id).with(user(w.otherPartner()))).getStatus()).isEqualTo(200);
		assertThat(perform(get("/agenda/events/{id}/edit", id).with(user(w.otherPartner()))).getStatus()).isEqualTo(404);
		assertThat(perform(post("/agenda/events/{id}/cancel", id).with(user(w.otherPartner())).with(csrf())).getStatus())
			.isEqualTo(404);
		assertThat(perform(post("/agenda/events/{id}/edit", id).param("title", "Pris").with(user(w.otherPartner()))
			.with(csrf())).getStatus()).isEqualTo(404);
		// its own organisation's member changes it
		MockHttpServletResponse r = perform(get("/agenda/events/{id}/edit", id).with(user(w.partner())));
		assertThat(r.getStatus()).isEqualTo(200);
		assertThat(body(r)).contains("value=\"Atelier\"");
	}

	@Test
	void answersFromThePageAndFromThePersonalLinkFillTheWaitingListWhichMovesUp() throws Exception {
		UUID id = agenda.create(w.territory(), w.agent().userId(), new EventDraft("Formation", null,
				LocalDateTime.of(2027, 5, 4, 9, 0), LocalDateTime.of(2027, 5, 4, 12, 0), false, null, null, "Salle 2",
				null, null, EventCategory.TRAINING, EventVisibility.INVITEES, 1, null));
		agenda.invite(w.territory(), id, w.agent().userId(),
				new Invitees(Set.of(), Set.of(w.partner().userId()), Set.of("guest.two@example.org")));
		String link = published.stream(EventRsvpLinkIssued.class)
			.filter(e -> e.eventId().equals(id))
			.map(EventRsvpLinkIssued::rsvpLink)
			.filter(l -> jdbc.queryForObject("select user_id from agd_attendee where rsvp_token_hash is not null and id = ?",
					UUID.class, published.stream(EventRsvpLinkIssued.class)
						.filter(e -> e.rsvpLink().equals(l))
						.findFirst()
						.orElseThrow()
						.attendeeId()) == null)
			.findFirst()
			.orElseThrow();
		String token = link.substring(link.indexOf("/e/") + 3);

		// the partner says yes on the page: the only place
		MockHttpServletResponse r = perform(post("/agenda/events/{id}/rsvp", id).param("response", "YES")
			.with(user(w.partner()))
			.with(csrf()));
		assertThat(r.getRedirectedUrl()).isEqualTo("/agenda/events/" + id);

		// the guest opens the link without signing in and says yes: waiting list
		String guestPage = body(perform(get("/e/{token}", token).header("Accept-Language", "en")));
		assertThat(guestPage).contains("Formation", "guest.two@example.org", "Yes, I’m coming");
		r = perform(post("/e/{token}", token).param("response", "YES").with(csrf()));
		assertThat(r.getRedirectedUrl()).isEqualTo("/e/" + token);
		assertThat(body(perform(get("/e/{token}", token).header("Accept-Language", "en"))))
			.contains("You are on the waiting list, in position 1.");

		// the partner withdraws: the guest comes in and is told
		perform(post("/agenda/events/{id}/rsvp", id).param("response", "NO").with(user(w.partner())).with(csrf()));
		assertThat(published.stream(EventWaitlistPromoted.class).filter(e -> e.eventId().equals(id))).hasSize(1);
		assertThat(jdbc.queryForObject("select waitlisted_at is null and response = 'YES' from agd_attendee"
				+ " where event_id = ? and email = ?", Boolean.class, id, "guest.two@example.org")).isTrue();

		// a bad answer, an unknown token, a token without CSRF
		assertThat(perform(post("/e/{token}", token).param("response", "PERHAPS").with(csrf())).getStatus())
			.isEqualTo(422);
		assertThat(perform(get("/e/{token}", "A".repeat(43))).getStatus()).isEqualTo(404);
		assertThat(perform(get("/e/{token}", "nope")).getStatus()).isEqualTo(404);
		assertThat(perform(post("/e/{token}", token).param("response", "NO")).getStatus()).isEqualTo(403);
		// someone not invited cannot answer
		assertThat(perform(post("/agenda/events/{id}/rsvp", id).param("response", "YES")
			.with(user(w.otherPartner()))
			.with(csrf())).getStatus()).isEqualTo(404);
	}

	@Test
	void oneOccurrenceIsCancelledOrMovedAndAStartThatIsNoOccurrenceIsRefused() throws Exception {
		UUID id = agenda.create(w.territory(), w.agent().userId(), new EventDraft("Permanence", null,
				LocalDateTime.of(2027, 6, 1, 14, 0), LocalDateTime.of(2027, 6, 1, 16, 0), false, null, null, null,
				null, null, EventCategory.JOINT_ACTION, EventVisibility.PARTNERS, null,
				Recurrence.weekly(1, null, 4)));
		MockHttpServletResponse r = perform(post("/agenda/events/{id}/occurrences", id)
			.param("originalStart", "2027-06-02T14:00")
			.param("action", "CANCEL")
			.header("Accept-Language", "en")
			.with(user(w.agent()))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(body(r)).contains("This date is not one of the event’s.");
		assertThat(published.stream(EventChanged.class).filter(e -> e.eventId().equals(id))).isEmpty();

		r = perform(post("/agenda/events/{id}/occurrences", id).param("originalStart", "2027-06-08T14:00")
			.param("action", "CANCEL")
			.with(user(w.agent()))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(302);
		r = perform(post("/agenda/events/{id}/occurrences", id).param("originalStart", "2027-06-15T14:00")
			.param("action", "MOVE")
			.param("newDate", "2027-06-16")
			.param("newStartTime", "09:00")
			.param("newEndTime", "11:00")
			.with(user(w.agent()))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(302);
		assertThat(published.stream(EventChanged.class).filter(e -> e.eventId().equals(id)).map(EventChanged::change))
			.containsExactly(EventChanged.Change.OCCURRENCE_CANCELLED, EventChanged.Change.OCCURRENCE_MOVED);
		String page = body(perform(get("/agenda/events/{id}", id).header("Accept-Language", "en").with(user(w.agent()))));
		assertThat(page).contains("(cancelled)", "(moved)", "Wednesday, June 16, 2027");

		r = perform(post("/agenda/events/{id}/cancel", id).param("reason", "Salle indisponible")
			.with(user(w.agent()))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(302);
		assertThat(published.stream(EventChanged.class).filter(e -> e.eventId().equals(id)).map(EventChanged::change))
			.contains(EventChanged.Change.CANCELLED);
		assertThat(body(perform(get("/agenda/events/{id}", id).header("Accept-Language", "en").with(user(w.agent())))))
			.contains("Cancelled");
	}

	@Test
	void thePagesRenderInEveryLanguage() throws Exception {
		UUID id = agenda.create(w.territory(), w.agent().userId(), new EventDraft("Réunion", "*Ordre du jour*",
				LocalDateTime.of(2027, 10, 5, 9, 0), LocalDateTime.of(2027, 10, 5, 11, 0), false, null, null, null,
				"https://visio.example.org/r", null, EventCategory.VOLUNTEER_MEETING, EventVisibility.INVITEES, 5,
				Recurrence.monthly(1, null, 3)));
		agenda.invite(w.territory(), id, w.agent().userId(),
				new Invitees(Set.of(w.organisation()), Set.of(), Set.of("guest.three@example.org")));
		String link = published.stream(EventRsvpLinkIssued.class)
			.filter(e -> e.eventId().equals(id))
			.map(EventRsvpLinkIssued::rsvpLink)
			.reduce((a, b) -> b)
			.orElseThrow();
		for (String language : List.of("fr", "de", "it", "en")) {
			for (RequestBuilder request : List.of(get("/agenda/events/new").with(user(w.agent())),
					get("/agenda/events/{id}", id).with(user(w.agent())),
					get("/agenda/events/{id}", id).with(user(w.partner())),
					get("/agenda/events/{id}/edit", id).with(user(w.agent())),
					get(link.substring(link.indexOf("/e/"))))) {
				MockHttpServletResponse r = perform(
						((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
							.header("Accept-Language", language));
				assertThat(r.getStatus()).isEqualTo(200);
				assertThat(body(r)).as(language).doesNotContain("??").contains("lang=\"" + language + "\"");
			}
		}
	}

}
