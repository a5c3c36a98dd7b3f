package org.relais.mutualaid.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.directory.freshness.FreshnessFixtures;
import org.relais.directory.domain.MemberStatus;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.association.AssociationProfile;
import org.relais.mutualaid.association.AssociationProfileRepository;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Volunteer meetings on a territory of their own: the list and its rhythm, scheduling with bad input refused and
 * nothing written, the invitations through the agenda (active volunteers by account or address, association
 * members; not a pending volunteer), a past meeting recorded without invitations, attendance with counts and
 * unknown names refused, the coordinators' reminder once per interval, and who may see all this.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Territories territories;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	AssociationProfileRepository associations;

	@Autowired
	Meetings meetings;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	UUID territory;

	RelaisPrincipal coordinator;

	RelaisPrincipal agent;

	UUID volunteerUser;

	Volunteer withAccount;

	Volunteer byMail;

	Volunteer pending;

	UUID association;

	UUID associationMember;

	String run;

	@BeforeAll
	void setUp() {
		accounts = new TestAccounts(context);
		run = UUID.randomUUID().toString().substring(0, 8);
		territory = territories
			.create("meet-" + run, Map.of("fr", "Réunions " + run), "FR", null, null, TerritoryKind.COMMUNE, 5000,
					"fr", List.of("fr", "en"), "Europe/Paris")
			.id();
		coordinator = principal("meet-coordinator", Role.COORDINATOR);
		agent = principal("meet-agent", Role.AGENT);
		String volunteerEmail = TestAccounts.uniqueEmail("meet-volunteer");
		volunteerUser = accounts.createUser(volunteerEmail, "Volunteer " + run, territory, Role.VOLUNTEER);
		withAccount = volunteer("Aline", "Compte" + run, volunteerEmail, VolunteerStatus.ACTIVE, volunteerUser);
		byMail = volunteer("Bruno", "Courriel" + run, "bruno-" + run + "@example.org", VolunteerStatus.ACTIVE, null);
		pending = volunteer("Chloé", "Attente" + run, "chloe-" + run + "@example.org", VolunteerStatus.PENDING, null);
		FreshnessFixtures directory = new FreshnessFixtures(context);
		association = directory.organisation(territory, "Voisins " + run);
		associationMember = accounts.createUser(TestAccounts.uniqueEmail("meet-member"), "Member " + run, territory,
				Role.PARTNER);
		directory.member(association, associationMember, MemberStatus.ACTIVE);
		AssociationProfile profile = new AssociationProfile(association, territory, Instant.now());
		profile.change(EnumSet.of(ActionType.VISIT), true, null, Instant.now());
		associations.save(profile);
	}

	private RelaisPrincipal principal(String label, Role role) {
		String email = TestAccounts.uniqueEmail(label);
		accounts.createUser(email, label, territory, role);
		return accounts.principal(email);
	}

	private Volunteer volunteer(String first, String last, String email, VolunteerStatus status, UUID userId) {
		Volunteer v = new Volunteer(territory, first, last, email, "fr", Instant.now());
		if (userId != null) {
			v.linkAccount(userId);
		}
		if (status != VolunteerStatus.PENDING) {
			v.moveTo(status, null, Instant.now());
		}
		return volunteers.save(v);
	}

	@Test
	void onlyCoordinatorsAndAdminsSeeTheMeetings() throws Exception {
		MockHttpServletResponse page = send(get("/mutualaid/meetings"), coordinator);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(html(page)).contains("Volunteers meet every 3 months", "Schedule a meeting");
		assertThat(send(get("/mutualaid/meetings"), agent).getStatus()).isEqualTo(404);
		assertThat(send(get("/mutualaid/meetings/new"), agent).getStatus()).isEqualTo(404);
		RelaisPrincipal lyonCoordinator = accounts.principal("coordinator@demo.relais");
		UUID ours = meetings.schedule(territory, coordinator.userId(), draft(LocalDate.now().plusDays(60))).getId();
		assertThat(send(get("/mutualaid/meetings/{id}", ours), lyonCoordinator).getStatus()).isEqualTo(404);
		assertThat(send(post("/mutualaid/meetings/{id}/attendance", ours).param("v." + byMail.getId(), "PRESENT"),
				lyonCoordinator)
			.getStatus()).isEqualTo(404);
		assertThat(send(get("/mutualaid/meetings/{id}", ours), agent).getStatus()).isEqualTo(404);
	}

	@Test
	void badInputIsRefusedNextToTheFieldAndNothingIsWritten() throws Exception {
		int before = count("select count(*) from ma_meeting where territory_id = ?");
		int events = count("select count(*) from agd_event where territory_id = ?");
		MockHttpServletResponse bad = send(post("/mutualaid/meetings/new").param("title", "Réunion")
			.param("date", "tomorrow")
			.param("time", "25:00")
			.param("durationMinutes", "two hours")
			.param("locationId", "somewhere"), coordinator);
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(html(bad)).contains("id=\"date-error\"", "id=\"time-error\"", "id=\"durationMinutes-error\"",
				"id=\"locationId-error\"", "error-summary");
		MockHttpServletResponse noTitle = send(post("/mutualaid/meetings/new").param("title", " ")
			.param("date", LocalDate.now().plusDays(20).toString())
			.param("time", "18:00")
			.param("durationMinutes", "120"), coordinator);
		assertThat(noTitle.getStatus()).isEqualTo(422);
		assertThat(html(noTitle)).contains("id=\"title-error\"", "Give the event a title");
		MockHttpServletResponse tooLong = send(post("/mutualaid/meetings/new").param("title", "Réunion")
			.param("date", LocalDate.now().plusDays(20).toString())
			.param("time", "18:00")
			.param("durationMinutes", "1000"), coordinator);
		assertThat(tooLong.getStatus()).isEqualTo(422);
		assertThat(html(tooLong)).contains("from 15 to 720 minutes");
		MockHttpServletResponse unknownPlace = send(post("/mutualaid/meetings/new").param("title", "Réunion")
			.param("date", LocalDate.now().plusDays(20).toString())
			.param("time", "18:00")
			.param("durationMinutes", "120")
			.param("locationId", UUID.randomUUID().toString()), coordinator);
		assertThat(unknownPlace.getStatus()).isEqualTo(422);
		assertThat(html(unknownPlace)).contains("id=\"locationId-error\"");
		assertThat(count("select count(*) from ma_meeting where territory_id = ?")).isEqualTo(before);
		assertThat(count("select count(*) from agd_event where territory_id = ?")).isEqualTo(events);
	}

	@Test
	void schedulingInvitesEveryActiveVolunteerAndAssociationThroughTheAgenda() throws Exception {
		String title = "Réunion de printemps " + run;
		MockHttpServletResponse form = send(get("/mutualaid/meetings/new"), coordinator);
		assertThat(html(form)).contains("value=\"120\"", "Volunteer meeting");
		MockHttpServletResponse created = send(post("/mutualaid/meetings/new").param("title", title)
			.param("date", LocalDate.now().plusDays(30).toString())
			.param("time", "18:30")
			.param("durationMinutes", "120")
			.param("address", "Salle des fêtes, 1 place de la Mairie")
			.param("facilitatorNote", "Prévoir le café"), coordinator);
		assertThat(created.getStatus()).isEqualTo(302);
		UUID id = jdbc.queryForObject("select id from ma_meeting where title = ?", UUID.class, title);
		assertThat(created.getRedirectedUrl()).isEqualTo("/mutualaid/meetings/" + id);
		UUID event = jdbc.queryForObject("select event_id from ma_meeting where id = ?", UUID.class, id);
		assertThat(jdbc.queryForObject("select category from agd_event where id = ?", String.class, event))
			.isEqualTo("VOLUNTEER_MEETING");
		List<UUID> users = jdbc.queryForList("select user_id from agd_attendee where event_id = ? and user_id is not null",
				UUID.class, event);
		List<String> emails = jdbc.queryForList("select email from agd_attendee where event_id = ? and email is not null",
				String.class, event);
		assertThat(users).containsExactlyInAnyOrder(volunteerUser, associationMember);
		assertThat(emails).containsExactly(byMail.getEmail());
		assertThat(jdbc.queryForList("select organisation_id from agd_invitation where event_id = ? and organisation_id"
				+ " is not null", UUID.class, event)).containsExactly(association);
		String list = html(send(get("/mutualaid/meetings"), coordinator));
		assertThat(list).contains(title, "Next meeting scheduled on");
		String page = html(send(get("/mutualaid/meetings/{id}", id), coordinator));
		assertThat(page).contains(title, "Prévoir le café", "Aline Compte" + run, "Bruno Courriel" + run,
				"Voisins " + run)
			.doesNotContain("Attente" + run);
	}

	@Test
	void aPastMeetingIsRecordedWithoutInvitationsAndItsAttendanceCounted() throws Exception {
		String title = "Réunion passée " + run;
		MockHttpServletResponse created = send(post("/mutualaid/meetings/new").param("title", title)
			.param("date", LocalDate.now(ZoneId.of("Europe/Paris")).minusMonths(2).toString())
			.param("time", "10:00")
			.param("durationMinutes", "90"), coordinator);
		assertThat(created.getStatus()).isEqualTo(302);
		UUID id = jdbc.queryForObject("select id from ma_meeting where title = ?", UUID.class, title);
		UUID event = jdbc.queryForObject("select event_id from ma_meeting where id = ?", UUID.class, id);
		assertThat(jdbc.queryForObject("select count(*) from agd_attendee where event_id = ?", Integer.class, event))
			.isZero();
		assertThat(html(send(get("/mutualaid/meetings"), coordinator))).contains("Last meeting 2 months ago");

		MockHttpServletResponse unknown = send(post("/mutualaid/meetings/{id}/attendance", id)
			.param("v." + withAccount.getId(), "PRESENT")
			.param("v." + pending.getId(), "PRESENT"), coordinator);
		assertThat(unknown.getStatus()).isEqualTo(422);
		assertThat(html(unknown)).contains("nothing was saved");
		MockHttpServletResponse nonsense = send(post("/mutualaid/meetings/{id}/attendance", id)
			.param("v." + withAccount.getId(), "MAYBE"), coordinator);
		assertThat(nonsense.getStatus()).isEqualTo(422);
		assertThat(jdbc.queryForObject("select count(*) from ma_meeting_attendance where meeting_id = ?",
				Integer.class, id)).isZero();

		MockHttpServletResponse saved = send(post("/mutualaid/meetings/{id}/attendance", id)
			.param("v." + withAccount.getId(), "PRESENT")
			.param("v." + byMail.getId(), "EXCUSED")
			.param("o." + association, "PRESENT"), coordinator);
		assertThat(saved.getStatus()).isEqualTo(302);
		String page = html(send(get("/mutualaid/meetings/{id}", id), coordinator));
		assertThat(page).contains("Volunteers: 1 present, 1 excused, 0 absent, 0 not recorded.",
				"Associations: 1 present, 0 excused, 0 absent, 0 not recorded.");
		// recorded again: the line changes, no second row
		send(post("/mutualaid/meetings/{id}/attendance", id).param("v." + byMail.getId(), "ABSENT"), coordinator);
		assertThat(jdbc.queryForObject("select presence from ma_meeting_attendance where meeting_id = ? and"
				+ " volunteer_id = ?", String.class, id, byMail.getId())).isEqualTo("ABSENT");
		assertThat(jdbc.queryForObject("select count(*) from ma_meeting_attendance where meeting_id = ?",
				Integer.class, id)).isEqualTo(3);
	}

	@Test
	void theCoordinatorsAreRemindedOncePerIntervalWhenAMeetingIsOverdue() throws Exception {
		String slug = "remind-" + UUID.randomUUID().toString().substring(0, 8);
		UUID own = territories
			.create(slug, Map.of("fr", "Rappels " + slug), "FR", null, null, TerritoryKind.COMMUNE, 100, "fr",
					List.of("fr"), "Europe/Paris")
			.id();
		String email = TestAccounts.uniqueEmail("remind-coordinator");
		UUID ownCoordinator = accounts.createUser(email, "Coordinator " + slug, own, Role.COORDINATOR);
		Volunteer v = new Volunteer(own, "Denise", "Ancienne", "denise-" + slug + "@example.org", "fr",
				Instant.now());
		v.moveTo(VolunteerStatus.ACTIVE, null, Instant.now());
		v = volunteers.save(v);
		Instant now = Instant.now();
		jdbc.update("update ma_volunteer set status_changed_at = ? where id = ?",
				Timestamp.from(now.minus(200, ChronoUnit.DAYS)), v.getId());
		assertThat(meetings.cadence(own).overdue()).isTrue();
		assertThat(meetings.remindDue(now)).isGreaterThanOrEqualTo(1);
		Timestamp first = jdbc.queryForObject("select reminded_at from ma_meeting_reminder where territory_id = ?",
				Timestamp.class, own);
		assertThat(first).isNotNull();
		// the next days: nothing new for this territory
		meetings.remindDue(now.plus(1, ChronoUnit.DAYS));
		meetings.remindDue(now.plus(80, ChronoUnit.DAYS));
		assertThat(jdbc.queryForObject("select reminded_at from ma_meeting_reminder where territory_id = ?",
				Timestamp.class, own)).isEqualTo(first);
		assertThat(waitForInbox(ownCoordinator)).isEqualTo(1);
		// an interval later, still no meeting: reminded again
		meetings.remindDue(now.plus(95, ChronoUnit.DAYS));
		assertThat(jdbc.queryForObject("select reminded_at from ma_meeting_reminder where territory_id = ?",
				Timestamp.class, own)).isAfter(first);
		// the page says so in words
		RelaisPrincipal coordinatorPrincipal = accounts.principal(email);
		assertThat(html(send(get("/mutualaid/meetings"), coordinatorPrincipal))).contains("A volunteer meeting is overdue",
				"No volunteer meeting has been held yet");
		// a meeting scheduled: no reminder any more
		meetings.schedule(own, ownCoordinator, draft(LocalDate.now().plusDays(10)));
		assertThat(meetings.cadence(own).overdue()).isFalse();
	}

	private int waitForInbox(UUID userId) throws InterruptedException {
		int count = 0;
		for (int i = 0; i < 50 && count == 0; i++) {
			count = jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key = ?",
					Integer.class, userId, "notification.meeting.inbox");
			if (count == 0) {
				Thread.sleep(100);
			}
		}
		Thread.sleep(200);
		return jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key = ?",
				Integer.class, userId, "notification.meeting.inbox");
	}

	private static MeetingDraft draft(LocalDate day) {
		return new MeetingDraft("Réunion test", day, java.time.LocalTime.of(18, 0), MeetingDraft.DEFAULT_MINUTES,
				null, null, null);
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class, territory);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RelaisPrincipal as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf()).header("Accept-Language", "en")).andReturn().getResponse();
	}

	private static String html(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
