package org.relais.agenda.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.people.BeneficiaryAnonymised;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.referral.PathwayEntry;
import org.relais.referral.ReferralFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking through the pages: an inhabitant books on the public page and gets the confirmation mail; a taken, past,
 * forged or closed slot, a missing contact and a robot are refused with nothing written; an agent books for a known
 * person, who gets a pathway line; states move by the rules; the reminder goes once; everybody else gets 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BookingFlowTest {

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
	MessageSource messages;

	@Autowired
	People people;

	@Autowired
	BookingJobs jobs;

	@Autowired
	AppointmentsOfAPerson ofAPerson;

	BookingWorld w;

	@BeforeEach
	void world() {
		w = new BookingWorld(context);
	}

	private String fr(String key) {
		return messages.getMessage(key, null, Locale.FRENCH);
	}

	private MockHttpServletResponse publicBook(String slot, String name, String phone, String email, String website)
			throws Exception {
		var request = post("/t/metropole-de-lyon/appointments/{id}/book", w.schedule).header("Accept-Language", "fr")
			.param("slot", slot)
			.param("name", name)
			.param("phone", phone)
			.param("email", email)
			.with(BookingWorld.fromAnAddress())
			.with(csrf());
		if (website != null) {
			request.param("website", website);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private int appointments() {
		return jdbc.queryForObject("select count(*) from agd_appointment where schedule_id = ?", Integer.class,
				w.schedule);
	}

	private List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	@Test
	void anInhabitantBooksOnThePublicPageAndASecondBookingOfTheSlotFailsCleanly() throws Exception {
		MockHttpServletResponse list = mvc.perform(get("/t/metropole-de-lyon/appointments").header("Accept-Language", "fr"))
			.andReturn()
			.getResponse();
		assertThat(list.getStatus()).isEqualTo(200);
		ZonedDateTime slot = w.free().get(0);
		assertThat(list.getContentAsString(StandardCharsets.UTF_8)).contains("slot=" + slot.toInstant());

		String email = ReferralFixtures.unique("camille") + "@example.org";
		MockHttpServletResponse booked = publicBook(slot.toInstant().toString(), "Camille Durand", "", email, null);
		assertThat(booked.getStatus()).isEqualTo(302);
		assertThat(booked.getRedirectedUrl()).startsWith("/t/metropole-de-lyon/appointments/mine/");
		String reference = jdbc.queryForObject("select reference from agd_appointment where schedule_id = ?",
				String.class, w.schedule);
		String page = mvc.perform(get(booked.getRedirectedUrl()).header("Accept-Language", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(reference, fr("agenda.booking.mine.cancel"));
		assertThat(w.free()).doesNotContain(slot);

		MockHttpServletResponse again = publicBook(slot.toInstant().toString(), "Dominique Autre", "06 11 22 33 44",
				"", null);
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains(fr("agenda.booking.error.slot.taken"))
			.contains("id=\"slot-error\"");
		assertThat(appointments()).isEqualTo(1);

		await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(email).isEmpty());
		MimeMessage mail = mailsTo(email).get(0);
		assertThat(mail.getSubject()).contains(jdbc.queryForObject("select title from agd_booking_schedule where id = ?",
				String.class, w.schedule));
		String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
		assertThat(body).contains(reference).contains("/t/metropole-de-lyon/appointments/mine/");

		// the confirmation carries the appointment for the calendar, read back by an independent parser
		String ics = icsOf(mail);
		assertThat(ics).contains("DTSTART;TZID=Europe/Paris:");
		ICalendar calendar = Biweekly.parse(ics).first();
		assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
		VEvent event = calendar.getEvents().get(0);
		assertThat(event.getDateStart().getValue().getTime()).isEqualTo(slot.toInstant().toEpochMilli());
		assertThat(event.getDateEnd().getValue().getTime()).isEqualTo(slot.plusHours(1).toInstant().toEpochMilli());
		String uid = event.getUid().getValue();

		// the inhabitant cancels with the link: the slot is free again, the calendar copy is cancelled
		String token = booked.getRedirectedUrl().substring(booked.getRedirectedUrl().lastIndexOf('/') + 1);
		mvc.perform(post("/t/metropole-de-lyon/appointments/mine/{token}/cancel", token).with(csrf()));
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 2);
		ICalendar cancel = Biweekly.parse(icsOf(mailsTo(email).get(1))).first();
		assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
		assertThat(cancel.getEvents().get(0).getUid().getValue()).isEqualTo(uid);
		assertThat(cancel.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from agd_appointment where schedule_id = ?", String.class,
				w.schedule)).isEqualTo("CANCELLED");
		assertThat(w.free()).contains(slot);
		assertThat(publicBook(slot.toInstant().toString(), "Dominique Autre", "06 11 22 33 44", "", null).getStatus())
			.isEqualTo(302);
	}

	/** The text of the appointment.ics file joined to a mail. */
	private static String icsOf(MimeMessage mail) throws Exception {
		Multipart mixed = (Multipart) mail.getContent();
		for (int i = 0; i < mixed.getCount(); i++) {
			BodyPart part = mixed.getBodyPart(i);
			if ("appointment.ics".equals(part.getFileName())) {
				return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no appointment.ics in the mail");
	}

	@Test
	void pastForgedClosedOrIncompleteBookingsAreRefusedWithNothingWritten() throws Exception {
		ZonedDateTime first = w.free().get(0);
		ZonedDateTime yesterday = first.minusDays(2).with(LocalTime.of(10, 0));
		expectRefusal(yesterday.toInstant().toString(), "agenda.booking.error.slot.past");
		expectRefusal(first.plusDays(1).withMinute(15).toInstant().toString(), "agenda.booking.error.slot.unknown");
		expectRefusal("next tuesday", "agenda.booking.error.slot.unknown");
		expectRefusal(first.plusWeeks(20).toInstant().toString(), "agenda.booking.error.slot.tooFar");
		ZonedDateTime closedDay = first.plusDays(3).with(LocalTime.of(10, 0));
		w.bookings.addClosure(w.lyon, w.schedule, closedDay.toLocalDate());
		expectRefusal(closedDay.toInstant().toString(), "agenda.booking.error.slot.closed");
		assertThat(w.free()).noneMatch(s -> s.toLocalDate().equals(closedDay.toLocalDate()));

		MockHttpServletResponse noContact = publicBook(first.toInstant().toString(), "Camille", "", "", null);
		assertThat(noContact.getStatus()).isEqualTo(422);
		assertThat(noContact.getContentAsString(StandardCharsets.UTF_8)).contains(fr("agenda.booking.error.contact"));
		MockHttpServletResponse noName = publicBook(first.toInstant().toString(), "", "0611223344", "", null);
		assertThat(noName.getStatus()).isEqualTo(422);
		MockHttpServletResponse badMail = publicBook(first.toInstant().toString(), "Camille", "", "not-an-address",
				null);
		assertThat(badMail.getStatus()).isEqualTo(422);

		MockHttpServletResponse robot = publicBook(first.toInstant().toString(), "Bot", "0611223344", "",
				"http://spam.example");
		assertThat(robot.getStatus()).isEqualTo(302);
		assertThat(appointments()).isZero();

		// a schedule of Lyon is not reachable under Zürich, nor when it is not public
		assertThat(mvc.perform(get("/t/kanton-zuerich/appointments/{id}/book", w.schedule))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private void expectRefusal(String slot, String key) throws Exception {
		MockHttpServletResponse r = publicBook(slot, "Camille Durand", "06 11 22 33 44", "", null);
		assertThat(r.getStatus()).as(key).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(key).contains(fr(key));
		assertThat(appointments()).isZero();
	}

	@Test
	void anAgentBooksForAKnownPersonWhoseAppointmentJoinsThePathway() throws Exception {
		UUID person = people.create(w.lyon, new NewBeneficiary("Inès", ReferralFixtures.unique("Booking"), false, null,
				1984, "69003", null, "06 98 76 54 32", null, Set.of("it"), null, Set.of(), null, false, null), null)
			.id();
		ZonedDateTime slot = w.free().get(1);
		String page = mvc
			.perform(get("/agenda/appointments/schedules/{id}/book", w.schedule).param("slot", slot.toInstant().toString())
				.param("person", person.toString())
				.with(user(w.agent)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("06 98 76 54 32");
		MockHttpServletResponse booked = mvc
			.perform(post("/agenda/appointments/schedules/{id}/book", w.schedule).param("slot", slot.toInstant().toString())
				.param("person", person.toString())
				.param("phone", "06 98 76 54 32")
				.param("email", "")
				.with(user(w.agent))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(booked.getStatus()).isEqualTo(302);
		String link = booked.getRedirectedUrl();
		UUID appointment = UUID.fromString(link.substring(link.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select language from agd_appointment where id = ?", String.class, appointment))
			.isEqualTo("it");

		List<PathwayEntry> lines = ofAPerson.entries(w.lyon, person);
		assertThat(lines).singleElement().satisfies(l -> {
			assertThat(l.kind()).isEqualTo("appointment");
			assertThat(l.link()).isEqualTo(link);
			assertThat(l.visibleToOrganisationId()).isEqualTo(w.organisation);
		});

		// the organisation's member sees it; another partner and the Swiss agent get 404
		assertThat(mvc.perform(get(link).with(user(w.member))).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get(link).with(user(w.otherPartner))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get(link).with(user(w.swissAgent))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/agenda/appointments/schedules/{id}/book", w.schedule).with(user(w.member)))
			.andReturn()
			.getResponse()
			.getStatus()).as("only staff book for known people").isEqualTo(404);

		// attendance waits for the start; a cancellation frees the slot; nothing moves from cancelled
		mvc.perform(post(link + "/status").param("to", "ATTENDED").with(user(w.member)).with(csrf()));
		assertThat(status(appointment)).isEqualTo("BOOKED");
		mvc.perform(post(link + "/status").param("to", "CANCELLED").with(user(w.member)).with(csrf()));
		assertThat(status(appointment)).isEqualTo("CANCELLED");
		mvc.perform(post(link + "/status").param("to", "NO_SHOW").with(user(w.agent)).with(csrf()));
		assertThat(status(appointment)).isEqualTo("CANCELLED");
		assertThat(w.free()).contains(slot);

		// the person is anonymised: the appointment keeps no link to them
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(
				s -> context.publishEvent(new BeneficiaryAnonymised(w.lyon, person, Instant.now())));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from agd_appointment where beneficiary_id = ?",
					Integer.class, person) == 0);
		assertThat(jdbc.queryForObject("select contact_phone from agd_appointment where id = ?", String.class,
				appointment)).isNull();
	}

	private String status(UUID appointment) {
		return jdbc.queryForObject("select status from agd_appointment where id = ?", String.class, appointment);
	}

	@Test
	void noShowsAreCountedOnTheOrganisationsList() throws Exception {
		ZonedDateTime slot = w.free().get(2);
		Appointment a = w.bookings.book(w.lyon, new BookingViews.BookingRequest(w.schedule, slot.toInstant(), null,
				"Sam", "0611223344", null, "fr", null, true));
		jdbc.update("update agd_appointment set slot_start = ?, slot_end = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(2))),
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))), a.getId());
		mvc.perform(post("/agenda/appointments/{id}/status", a.getId()).param("to", "NO_SHOW")
			.with(user(w.agent))
			.with(csrf()));
		assertThat(status(a.getId())).isEqualTo("NO_SHOW");
		String page = mvc
			.perform(get("/agenda/appointments/organisations/{id}", w.organisation).header("Accept-Language", "fr")
				.with(user(w.member)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(messages.getMessage("agenda.booking.organisation.noShows", new Object[] { 1 },
				Locale.FRENCH));
		assertThat(mvc.perform(get("/agenda/appointments/organisations/{id}", w.organisation)
			.with(user(w.otherPartner))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theReminderIsSentOnce() throws Exception {
		ZonedDateTime slot = w.free().get(3);
		String email = ReferralFixtures.unique("reminded") + "@example.org";
		w.bookings.book(w.lyon, new BookingViews.BookingRequest(w.schedule, slot.toInstant(), null, "Rémi", null,
				email, "de", null, true));
		Instant dayBefore = slot.toInstant().minus(Duration.ofHours(23));
		assertThat(jobs.run(dayBefore.minus(Duration.ofHours(2)))).as("too early for this one").isGreaterThanOrEqualTo(0);
		assertThat(jdbc.queryForObject("select reminder_sent_at from agd_appointment where schedule_id = ?",
				java.sql.Timestamp.class, w.schedule)).isNull();
		assertThat(jobs.run(dayBefore)).isGreaterThanOrEqualTo(1);
		assertThat(jobs.run(dayBefore.plus(Duration.ofMinutes(15)))).isZero();
		String subject = "Erinnerung";
		await().atMost(Duration.ofSeconds(20))
			.until(() -> mailsTo(email).stream().anyMatch(m -> subjectOf(m).startsWith(subject)));
		Thread.sleep(1500);
		assertThat(mailsTo(email).stream().filter(m -> subjectOf(m).startsWith(subject))).hasSize(1);
	}

	private static String subjectOf(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			return "";
		}
	}

	@Test
	void schedulesAreDefinedByMembersAndAdminsWithCheckedInput() throws Exception {
		MockHttpServletResponse bad = mvc.perform(post("/agenda/appointments/schedules").header("Accept-Language", "fr")
			.param("organisationId", w.organisation.toString())
			.param("title", "Permanence")
			.param("days", "TUESDAY")
			.param("start", "17:00")
			.param("end", "14:00")
			.param("slotMinutes", "5")
			.param("validFrom", "2026-01-01")
			.with(user(w.member))
			.with(csrf())).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains(fr("agenda.booking.error.slotMinutes"))
			.contains(fr("agenda.booking.error.end"));
		MockHttpServletResponse notTheirs = mvc.perform(post("/agenda/appointments/schedules")
			.param("organisationId", w.organisation.toString())
			.param("title", "Intrus")
			.param("days", "TUESDAY")
			.param("validFrom", "2026-01-01")
			.with(user(w.otherPartner))
			.with(csrf())).andReturn().getResponse();
		assertThat(notTheirs.getStatus()).isEqualTo(422);
		String title = ReferralFixtures.unique("Atelier");
		MockHttpServletResponse ok = mvc.perform(post("/agenda/appointments/schedules")
			.param("organisationId", w.organisation.toString())
			.param("title", title)
			.param("days", "TUESDAY", "THURSDAY")
			.param("start", "14:00")
			.param("end", "17:00")
			.param("slotMinutes", "30")
			.param("validFrom", "2026-01-01")
			.param("publicBooking", "true")
			.with(user(w.member))
			.with(csrf())).andReturn().getResponse();
		assertThat(ok.getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select weekdays from agd_booking_schedule where title = ?", String.class, title))
			.isEqualTo("TUESDAY,THURSDAY");
		assertThat(mvc.perform(get(ok.getRedirectedUrl()).with(user(w.agent))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get(ok.getRedirectedUrl()).with(user(w.otherPartner))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/agenda/appointments")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void theStaffPagesRenderForThoseAllowedAndAreNotFoundForOthers() throws Exception {
		assertThat(page("/agenda/appointments", w.agent)).contains(fr("agenda.booking.index.title"));
		assertThat(page("/agenda/appointments", w.member)).contains(fr("agenda.booking.index.new"))
			.contains("/agenda/appointments/schedules/" + w.schedule);
		assertThat(page("/agenda/appointments/schedules/new", w.member)).contains("name=\"days\"");
		String schedule = "/agenda/appointments/schedules/" + w.schedule;
		assertThat(page(schedule, w.member)).contains(fr("agenda.booking.closures.add"))
			.doesNotContain(schedule + "/book?slot=");
		assertThat(page(schedule, w.agent)).contains(schedule + "/book?slot=")
			.doesNotContain(fr("agenda.booking.closures.add"));
		assertThat(page(schedule + "/book", w.agent)).contains(fr("agenda.booking.staff.stepSlot"));
		String slot = w.free().get(0).toInstant().toString();
		assertThat(page(schedule + "/book?slot=" + slot + "&q=Benali", w.agent)).contains("Nadia Benali");

		// a member closes a day and opens it again; the agent may not
		String day = w.free().get(0).toLocalDate().toString();
		mvc.perform(post(schedule + "/closures").param("day", day).with(user(w.agent)).with(csrf()));
		assertThat(w.bookings.closures(w.lyon, w.schedule)).isEmpty();
		mvc.perform(post(schedule + "/closures").param("day", "31/12").with(user(w.member)).with(csrf()));
		assertThat(w.bookings.closures(w.lyon, w.schedule)).isEmpty();
		mvc.perform(post(schedule + "/closures").param("day", day).with(user(w.member)).with(csrf()));
		assertThat(w.bookings.closures(w.lyon, w.schedule)).singleElement()
			.satisfies(c -> assertThat(c.day().toString()).isEqualTo(day));
		assertThat(w.free()).noneMatch(s -> s.toLocalDate().toString().equals(day));
		mvc.perform(post(schedule + "/closures/{c}/delete", w.bookings.closures(w.lyon, w.schedule).get(0).id())
			.with(user(w.member))
			.with(csrf()));
		assertThat(w.bookings.closures(w.lyon, w.schedule)).isEmpty();

		// closed for booking: no public slot, the public form is a 404
		mvc.perform(post(schedule + "/active").param("active", "false").with(user(w.member)).with(csrf()));
		assertThat(mvc.perform(get("/t/metropole-de-lyon/appointments/{id}/book", w.schedule))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/agenda/appointments").with(user(accounts("volunteer@demo.relais"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private org.relais.platform.RelaisPrincipal accounts(String email) {
		return context.getBean(org.relais.platform.AccountDirectory.class).findByEmail(email).orElseThrow();
	}

	private String page(String path, org.relais.platform.RelaisPrincipal as) throws Exception {
		MockHttpServletResponse r = mvc.perform(get(path).header("Accept-Language", "fr").with(user(as)))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).as(path).isEqualTo(200);
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

}
