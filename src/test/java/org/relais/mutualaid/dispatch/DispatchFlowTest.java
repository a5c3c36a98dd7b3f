package org.relais.mutualaid.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.ConcernLevel;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.action.ActionAssignment;
import org.relais.mutualaid.action.ActionAssignmentRepository;
import org.relais.mutualaid.action.ActionDetails;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.action.ActionRequestRepository;
import org.relais.mutualaid.action.ActionRequests;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.people.People;
import org.relais.testing.Concurrently;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dispatch on the real database, with a real SMTP server (GreenMail): offers go to eligible volunteers only (by
 * mail without the place or the notes, and in-app), two acceptances at the same instant give one mission and one
 * clean refusal, a two-person request stays offered with one acceptance, a volunteer whose insurance expired since
 * the offer is refused and nothing changes, the acceptance delay sends the request back to the desk, a volunteer's
 * cancellation offers it to the next one, reports close it, concerns reach the staff, the reminder goes once, and
 * erasing the person deletes the requests.
 */
@SpringBootTest
class DispatchFlowTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	ActionRequests requests;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	ActionRequestRepository requestRepository;

	@Autowired
	ActionAssignmentRepository assignments;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	private ActionRequest request(DispatchWorld w, ActionType type, boolean twoPerson) {
		ActionDetails d = ActionDetails.parse(type.name(), "WITHIN_7", null, null, null, "12 rue des Lilas",
				"Code porte 4821B", twoPerson ? "yes" : "no");
		ActionRequest r = requests.create(w.territory, w.person, d, ActionRequests.Origin.agent(w.agent.userId()));
		dispatcher.dispatch(w.territory, r.getId(), w.agent.userId());
		return requestRepository.findById(r.getId()).orElseThrow();
	}

	private Map<UUID, AssignmentStatus> statuses(ActionRequest r) {
		return assignments.findByRequestIdOrderByOfferedAt(r.getId())
			.stream()
			.collect(Collectors.toMap(ActionAssignment::getVolunteerId, ActionAssignment::getStatus));
	}

	private ActionAssignment assignment(ActionRequest r, Volunteer v) {
		return assignments.findByRequestIdAndVolunteerId(r.getId(), v.getId()).orElseThrow();
	}

	private ActionStatus status(ActionRequest r) {
		return requestRepository.findById(r.getId()).orElseThrow().getStatus();
	}

	@Test
	void eligibleVolunteersAreOfferedByMailAndInAppWithoutThePlaceAndTheExpiredOneIsNot() throws Exception {
		DispatchWorld w = new DispatchWorld(context);
		Volunteer ready = w.volunteer("Lucie", true, true, true);
		Volunteer noAccount = w.volunteer("Paulin", true, true, false);
		Volunteer expired = w.volunteer("Sophia", false, true, true);
		Volunteer far = w.volunteer("Marius", true, false, false);
		ActionRequest r = request(w, ActionType.VISIT, false);

		assertThat(r.getStatus()).isEqualTo(ActionStatus.DISPATCHED);
		assertThat(statuses(r)).containsOnlyKeys(ready.getId(), noAccount.getId());

		MimeMessage offer = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(ready.getEmail()), m -> m != null);
		String body = GreenMailUtil.getBody(offer);
		assertThat(offer.getSubject()).contains("Visite de convivialité", r.getReference());
		assertThat(body).contains("Testville").doesNotContain("4821B", "rue des Lilas", "Odette");
		await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(noAccount.getEmail()) != null);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key = ?",
					Integer.class, ready.getUserId(), "notification.mutualaid.inbox.offer") == 1);
		assertThat(mailTo(expired.getEmail())).isNull();
		assertThat(mailTo(far.getEmail())).isNull();
	}

	@Test
	void twoAcceptancesAtTheSameInstantGiveOneMissionAndOneCleanRefusal() throws Exception {
		for (int round = 0; round < 3; round++) {
			DispatchWorld w = new DispatchWorld(context);
			Volunteer a = w.volunteer("Alice", true, true, false);
			Volunteer b = w.volunteer("Bruno", true, true, false);
			ActionRequest r = request(w, ActionType.VISIT, false);
			UUID offerA = assignment(r, a).getId();
			UUID offerB = assignment(r, b).getId();

			List<Object> outcomes = Concurrently.together(List.of(() -> attempt(w, offerA, a), () -> attempt(w, offerB, b)));

			List<Object> refusals = outcomes.stream().filter(o -> o instanceof MutualAidException).toList();
			assertThat(refusals).as("round %d: %s", round, outcomes).hasSize(1);
			assertThat(((MutualAidException) refusals.get(0)).messageKey()).isEqualTo("mutualaid.missions.error.taken");
			assertThat(status(r)).isEqualTo(ActionStatus.ACCEPTED);
			assertThat(statuses(r).values()).containsExactlyInAnyOrder(AssignmentStatus.ACCEPTED,
					AssignmentStatus.WITHDRAWN);
		}
	}

	private Object attempt(DispatchWorld w, UUID assignmentId, Volunteer v) {
		try {
			return dispatcher.accept(w.territory, assignmentId, v.getId()).getId();
		}
		catch (MutualAidException refused) {
			return refused;
		}
	}

	@Test
	void aTwoPersonVisitWithOneVolunteerIsNotConfirmed() {
		DispatchWorld w = new DispatchWorld(context);
		Volunteer a = w.volunteer("Anne", true, true, false);
		Volunteer b = w.volunteer("Basile", true, true, false);
		Volunteer c = w.volunteer("Chloé", true, true, false);
		ActionRequest r = request(w, ActionType.VISIT, true);
		assertThat(r.isTwoPerson()).isTrue();

		dispatcher.accept(w.territory, assignment(r, a).getId(), a.getId());
		assertThat(status(r)).isEqualTo(ActionStatus.DISPATCHED);
		assertThat(assignment(r, a).getStatus()).isEqualTo(AssignmentStatus.ACCEPTED);
		assertThat(assignment(r, b).getStatus()).isEqualTo(AssignmentStatus.OFFERED);
		assertThatThrownBy(() -> dispatcher.report(w.territory, assignment(r, a).getId(), a.getId(), "ok", 30))
			.isInstanceOf(MutualAidException.class)
			.hasMessageContaining("mutualaid.missions.error.notConfirmed");

		dispatcher.accept(w.territory, assignment(r, b).getId(), b.getId());
		assertThat(status(r)).isEqualTo(ActionStatus.ACCEPTED);
		assertThat(assignment(r, c).getStatus()).isEqualTo(AssignmentStatus.WITHDRAWN);
		assertThatThrownBy(() -> dispatcher.accept(w.territory, assignment(r, c).getId(), c.getId()))
			.isInstanceOf(MutualAidException.class);

		// the action is done when both reported
		dispatcher.report(w.territory, assignment(r, a).getId(), a.getId(), "Belle visite, thé et photos.", 60);
		assertThat(status(r)).isEqualTo(ActionStatus.ACCEPTED);
		dispatcher.report(w.territory, assignment(r, b).getId(), b.getId(), "Très bon moment.", 55);
		assertThat(status(r)).isEqualTo(ActionStatus.DONE);
	}

	@Test
	void aVolunteerWhoseInsuranceExpiredSinceTheOfferIsRefusedAndNothingChanges() {
		DispatchWorld w = new DispatchWorld(context);
		Volunteer v = w.volunteer("Victor", true, true, false);
		ActionRequest r = request(w, ActionType.VISIT, false);
		UUID offer = assignment(r, v).getId();
		w.expireInsurance(v);

		assertThatThrownBy(() -> dispatcher.accept(w.territory, offer, v.getId()))
			.isInstanceOf(MutualAidException.class)
			.hasMessageContaining("mutualaid.missions.error.notReady");
		assertThat(assignment(r, v).getStatus()).isEqualTo(AssignmentStatus.OFFERED);
		assertThat(status(r)).isEqualTo(ActionStatus.DISPATCHED);
	}

	@Test
	void noAcceptanceWithinTheDelaySendsTheRequestBackToTheDeskWithAnAlert() {
		DispatchWorld w = new DispatchWorld(context);
		Volunteer v = w.volunteer("Vera", true, true, false);
		ActionRequest r = request(w, ActionType.PHONE_CALL, false);

		dispatcher.expire(Instant.now().plus(Duration.ofHours(47)));
		assertThat(status(r)).isEqualTo(ActionStatus.DISPATCHED);
		dispatcher.expire(Instant.now().plus(Duration.ofHours(49)));
		assertThat(status(r)).isEqualTo(ActionStatus.UNANSWERED);
		assertThat(assignment(r, v).getStatus()).isEqualTo(AssignmentStatus.WITHDRAWN);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key = ?",
					Integer.class, w.agent.userId(), "notification.mutualaid.inbox.unanswered") == 1);
		assertThatThrownBy(() -> dispatcher.accept(w.territory, assignment(r, v).getId(), v.getId()))
			.isInstanceOf(MutualAidException.class);
	}

	@Test
	void aCancellationOffersItToTheNextVolunteerAndConcernsReachTheStaff() {
		DispatchWorld w = new DispatchWorld(context);
		w.volunteer("Amélie", true, true, false);
		ActionRequest r = request(w, ActionType.VISIT, false);
		Volunteer first = assignments.findByRequestIdOrderByOfferedAt(r.getId()).stream()
			.map(a -> context.getBean(org.relais.mutualaid.volunteer.VolunteerRepository.class)
				.findById(a.getVolunteerId())
				.orElseThrow())
			.findFirst()
			.orElseThrow();
		dispatcher.accept(w.territory, assignment(r, first).getId(), first.getId());
		Volunteer later = w.volunteer("Bertrand", true, true, false);

		assertThatThrownBy(() -> dispatcher.cancelByVolunteer(w.territory, assignment(r, first).getId(),
				first.getId(), " ")).isInstanceOf(MutualAidException.class).hasMessageContaining("reason");
		dispatcher.cancelByVolunteer(w.territory, assignment(r, first).getId(), first.getId(), "Malade");
		assertThat(status(r)).isEqualTo(ActionStatus.DISPATCHED);
		assertThat(assignment(r, first).getStatus()).isEqualTo(AssignmentStatus.CANCELLED);
		assertThat(assignment(r, later).getStatus()).isEqualTo(AssignmentStatus.OFFERED);

		dispatcher.accept(w.territory, assignment(r, later).getId(), later.getId());
		assertThatThrownBy(() -> dispatcher.concern(w.territory, assignment(r, later).getId(), later.getId(), null,
				"x")).isInstanceOf(MutualAidException.class).hasMessageContaining("level");
		dispatcher.concern(w.territory, assignment(r, later).getId(), later.getId(), ConcernLevel.HIGH,
				"Elle n’a plus de chauffage.");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key = ?",
					Integer.class, w.agent.userId(), "notification.mutualaid.inbox.concern") == 1);
	}

	@Test
	void theReminderGoesOnceTheDayBefore() {
		DispatchWorld w = new DispatchWorld(context);
		Volunteer v = w.volunteer("Rémi", true, true, false);
		LocalDate day = LocalDate.now().plusDays(3);
		ActionDetails d = ActionDetails.parse("VISIT", "ON_DATE", day.toString(), "AFTERNOON", null, null, null, "no");
		ActionRequest r = requests.create(w.territory, w.person, d, ActionRequests.Origin.agent(w.agent.userId()));
		dispatcher.dispatch(w.territory, r.getId(), null);
		dispatcher.accept(w.territory, assignment(r, v).getId(), v.getId());

		Instant dayBefore = day.minusDays(1).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant();
		// the shared test database holds other accepted missions (the demo's): look at this one's reminder only
		dispatcher.remind(dayBefore.minus(Duration.ofDays(1)));
		assertThat(assignment(r, v).getReminderSentAt()).isNull();
		assertThat(dispatcher.remind(dayBefore)).isPositive();
		Instant reminded = assignment(r, v).getReminderSentAt();
		assertThat(reminded).isNotNull();
		dispatcher.remind(dayBefore.plus(Duration.ofHours(1)));
		assertThat(assignment(r, v).getReminderSentAt()).isEqualTo(reminded);
		await().atMost(Duration.ofSeconds(30)).until(() -> mails(v.getEmail()).stream().anyMatch(m -> {
			try {
				return m.getSubject().startsWith("Rappel");
			}
			catch (Exception e) {
				return false;
			}
		}));
	}

	@Test
	void aDateIsNeededForOnDateAndNothingIsWritten() {
		DispatchWorld w = new DispatchWorld(context);
		long before = requestRepository.count();
		ActionDetails d = ActionDetails.parse("VISIT", "ON_DATE", null, null, null, null, null, null);
		assertThatThrownBy(() -> requests.create(w.territory, w.person, d, ActionRequests.Origin.agent(null)))
			.isInstanceOf(MutualAidException.class)
			.satisfies(e -> assertThat(((MutualAidException) e).field()).isEqualTo("date"));
		ActionDetails exact = ActionDetails.parse("VISIT", "EXACT", LocalDate.now().plusDays(1).toString(), null,
				null, null, null, null);
		assertThatThrownBy(() -> requests.create(w.territory, w.person, exact, ActionRequests.Origin.agent(null)))
			.isInstanceOf(MutualAidException.class)
			.satisfies(e -> assertThat(((MutualAidException) e).field()).isEqualTo("time"));
		assertThatThrownBy(() -> ActionDetails.parse("VISIT", "EXACT", null, null, "25:99", null, null, null))
			.isInstanceOf(MutualAidException.class);
		assertThat(requestRepository.count()).isEqualTo(before);
	}

	@Test
	void erasingThePersonDeletesTheirRequests() {
		DispatchWorld w = new DispatchWorld(context);
		w.volunteer("Eric", true, true, false);
		ActionRequest r = request(w, ActionType.VISIT, false);
		assertThat(context.getBean(People.class).erase(w.territory, w.person)).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> requestRepository.findById(r.getId()).isEmpty());
		assertThat(jdbc.queryForObject("select count(*) from ma_assignment where request_id = ?", Integer.class,
				r.getId())).isZero();
	}

	private List<MimeMessage> mails(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().toLowerCase().contains(email.toLowerCase()));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	private MimeMessage mailTo(String email) {
		List<MimeMessage> found = mails(email);
		return found.isEmpty() ? null : found.get(0);
	}

}
