package org.relais.agenda.web;

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

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.agenda.EventRsvpLinkIssued;
import org.relais.agenda.PollInvitationIssued;
import org.relais.referral.ReferralFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6's first "done when", in one go through the web layer, a real SMTP server and the real database: two
 * partners of different organisations find a slot through a poll, the organiser turns it into an event, the invitee
 * receives the invitation mail with its {@code .ics}, answers yes through the link of the mail without signing in,
 * and the event is in the invitee's personal feed, which an independent parser (biweekly) reads with the answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AgendaDoneWhenTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents published;

	@Test
	void twoPartnersFindASlotAndTheInviteeAnswersFromTheMailAndSubscribes() throws Exception {
		ReferralFixtures.World w = new ReferralFixtures(context).world();
		String title = ReferralFixtures.unique("Comité inter-structures");
		LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10);

		// 1. the first partner proposes two slots to the partner of the other organisation
		MockHttpServletResponse made = mvc.perform(post("/agenda/polls").with(user(w.partner()))
			.with(csrf())
			.param("title", title)
			.param("description", "Préparer le forum")
			.param("place", "Salle du conseil")
			.param("slots[0].date", day.toString())
			.param("slots[0].start", "14:00")
			.param("slots[0].end", "16:00")
			.param("slots[1].date", day.plusDays(1).toString())
			.param("slots[1].start", "09:30")
			.param("slots[1].end", "11:00")
			.param("emails", w.otherPartner().email())).andReturn().getResponse();
		assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(302);
		UUID poll = UUID.fromString(made.getRedirectedUrl().substring("/agenda/polls/".length()));
		List<UUID> slots = jdbc.queryForList("select id from agd_poll_slot where poll_id = ? order by starts_at",
				UUID.class, poll);

		// 2. the invitee answers through the mailed link, without an account session
		String pollLink = published.stream(PollInvitationIssued.class)
			.filter(e -> e.pollId().equals(poll) && e.email().equalsIgnoreCase(w.otherPartner().email()))
			.findFirst()
			.orElseThrow()
			.link();
		MimeMessage pollMail = await().atMost(Duration.ofSeconds(30))
			.until(() -> mailTo(w.otherPartner().email(), title), m -> m != null);
		assertThat(text(pollMail)).contains(pollLink);
		String pollToken = pollLink.substring(pollLink.indexOf("/p/") + 3);
		assertThat(mvc.perform(post("/p/{t}", pollToken).with(csrf())
			.param("choice-" + slots.get(0), "NO")
			.param("choice-" + slots.get(1), "YES")).andReturn().getResponse().getStatus()).isEqualTo(302);

		// 3. the organiser turns the best slot into an event
		assertThat(mvc.perform(post("/agenda/polls/{id}/close", poll).with(user(w.partner()))
			.with(csrf())
			.param("slot", slots.get(1).toString())).andReturn().getResponse().getStatus()).isEqualTo(302);
		UUID event = jdbc.queryForObject("select event_id from agd_poll where id = ?", UUID.class, poll);
		assertThat(event).isNotNull();

		// 4. the invitation mail carries a METHOD:REQUEST .ics of that event and the personal answer link
		MimeMessage invitation = await().atMost(Duration.ofSeconds(30))
			.until(() -> mails(w.otherPartner().email(), title).stream()
				.filter(m -> !calendars(m).isEmpty())
				.findFirst()
				.orElse(null), m -> m != null);
		ICalendar ics = Biweekly.parse(calendars(invitation).get(0)).first();
		assertThat(ics.getMethod().getValue()).isEqualTo("REQUEST");
		VEvent requested = ics.getEvents().get(0);
		assertThat(requested.getUid().getValue()).isEqualTo(event + "@relais");
		assertThat(requested.getDateStart().getValue().toInstant())
			.isEqualTo(day.plusDays(1).atTime(9, 30).atZone(ZoneId.of("Europe/Paris")).toInstant());
		String rsvpLink = published.stream(EventRsvpLinkIssued.class)
			.filter(e -> e.eventId().equals(event))
			.map(EventRsvpLinkIssued::rsvpLink)
			.findFirst()
			.orElseThrow();
		assertThat(text(invitation)).contains(rsvpLink);

		// 5. yes, from the link, without signing in
		String rsvpToken = rsvpLink.substring(rsvpLink.indexOf("/e/") + 3);
		assertThat(mvc.perform(post("/e/{t}", rsvpToken).with(csrf()).param("response", "YES"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select response from agd_attendee where event_id = ? and user_id = ?",
				String.class, event, w.otherPartner().userId())).isEqualTo("YES");

		// 6. the invitee's personal feed holds the event, with the same UID, read by biweekly
		String feedUrl = (String) mvc.perform(post("/agenda/feed").with(user(w.otherPartner())).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		MockHttpServletResponse feed = mvc.perform(get(feedUrl.substring(feedUrl.indexOf("/feeds/"))))
			.andReturn()
			.getResponse();
		assertThat(feed.getStatus()).isEqualTo(200);
		assertThat(feed.getContentType()).startsWith("text/calendar");
		ICalendar subscribed = Biweekly.parse(feed.getContentAsString(StandardCharsets.UTF_8)).first();
		assertThat(subscribed.validate(biweekly.ICalVersion.V2_0).getWarnings()).isEmpty();
		assertThat(subscribed.getEvents()).filteredOn(v -> v.getUid().getValue().equals(event + "@relais"))
			.singleElement()
			.satisfies(v -> {
				assertThat(v.getSummary().getValue()).isEqualTo(title);
				assertThat(v.getDateStart().getValue().toInstant()).isEqualTo(requested.getDateStart().getValue().toInstant());
			});
		// nobody outside the poll's "yes" is invited: the organiser organises, the other slot's refusal counts
		assertThat(jdbc.queryForObject("select count(*) from agd_attendee where event_id = ?", Integer.class, event))
			.isEqualTo(1);
	}

	private static MimeMessage mailTo(String email, String subjectPart) {
		return MailParts.mailTo(smtp, email, subjectPart);
	}

	private static List<MimeMessage> mails(String email, String subjectPart) {
		return MailParts.mails(smtp, email, subjectPart);
	}

	private static String text(Part part) throws Exception {
		return MailParts.text(part);
	}

	private static List<String> calendars(Part part) {
		return MailParts.calendars(part);
	}

}
