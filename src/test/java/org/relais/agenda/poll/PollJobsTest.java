package org.relais.agenda.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.agenda.PollReminderDue;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The poll jobs with explicit instants: one reminder, two days after the invitation, only to those who have not
 * answered, never twice (the flag is persisted), with a link of its own that opens the poll while the first keeps
 * working; polls long over are deleted with their invitees and answers.
 */
@SpringBootTest
@RecordApplicationEvents
class PollJobsTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	PollJobs jobs;

	@Autowired
	Polls polls;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	Poll poll(String title, int daysAhead, String... emails) {
		RelaisPrincipal partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		UUID territory = partner.currentTerritoryId();
		Instant start = LocalDate.now(PARIS).plusDays(daysAhead).atTime(10, 0).atZone(PARIS).toInstant();
		PollDraft draft = new PollDraft(title, null, null, null, PARIS,
				List.of(new PollDraft.Slot(start, start.plus(Duration.ofHours(1)))), Set.of(), List.of(emails));
		return polls.create(territory, partner, draft, polls.invitees(territory, partner, draft));
	}

	List<PollReminderDue> reminders(UUID pollId) {
		return events.stream(PollReminderDue.class).filter(e -> e.pollId().equals(pollId)).toList();
	}

	@Test
	void nonRespondentsAreRemindedOnceTwoDaysAfterTheInvitation() {
		Poll poll = poll("Poll jobs reminder", 10, "answers@example.org", "silent@example.org");
		Instant invited = jdbc.queryForObject("select max(invited_at) from agd_poll_invitee where poll_id = ?",
				java.sql.Timestamp.class, poll.getId()).toInstant();
		PollInvitee answering = poll.getInvitees().stream().filter(i -> i.getEmail().startsWith("answers")).findFirst().orElseThrow();
		UUID slot = poll.getSlots().get(0).getId();
		polls.answer(poll.getId(), answering.getId(), Map.of(slot, Choice.YES), "Answers");

		jobs.remind(invited.plus(Duration.ofDays(2)).minus(Duration.ofMinutes(1)));
		assertThat(reminders(poll.getId())).isEmpty();

		jobs.remind(invited.plus(Duration.ofDays(2)));
		List<PollReminderDue> sent = reminders(poll.getId());
		assertThat(sent).extracting(PollReminderDue::email).containsExactly("silent@example.org");
		assertThat(jdbc.queryForObject("select reminded_at from agd_poll_invitee where poll_id = ? and email = ?",
				java.sql.Timestamp.class, poll.getId(), "silent@example.org")).isNotNull();

		jobs.remind(invited.plus(Duration.ofDays(3)));
		jobs.remind(invited.plus(Duration.ofDays(30)));
		assertThat(reminders(poll.getId())).hasSize(1);

		String link = sent.get(0).link();
		String token = link.substring(link.indexOf("/p/") + 3);
		assertThat(polls.open(token)).get().satisfies(o -> {
			assertThat(o.poll().getId()).isEqualTo(poll.getId());
			assertThat(o.invitee().getEmail()).isEqualTo("silent@example.org");
		});
		assertThat(sent.get(0).mailId()).isNotEqualTo(o(poll, "silent@example.org").getId());
	}

	@Test
	void twoLastAnswersAtTheSameInstantStillTellTheOrganiserOnce() throws Exception {
		Poll poll = poll("Poll concurrent answers", 5, "first@example.org", "second@example.org");
		UUID slot = poll.getSlots().get(0).getId();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<Boolean>> answers = poll.getInvitees()
				.stream()
				.map(i -> pool.submit(() -> {
					start.await();
					return polls.answer(poll.getId(), i.getId(), Map.of(slot, Choice.YES), null);
				}))
				.toList();
			start.countDown();
			for (var a : answers) {
				assertThat(a.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.queryForObject("select all_answered_at from agd_poll where id = ?", java.sql.Timestamp.class,
				poll.getId())).isNotNull();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from notification where link = ?", Long.class,
					"/agenda/polls/" + poll.getId()) == 1);
	}

	/** Moves the poll's slot into the past, so that it ended {@code ago} before {@code now}. */
	private void endedAgo(Poll poll, Instant now, Duration ago) {
		Instant end = now.minus(ago);
		jdbc.update("update agd_poll_slot set starts_at = ?, ends_at = ? where poll_id = ?",
				java.sql.Timestamp.from(end.minus(Duration.ofHours(1))), java.sql.Timestamp.from(end), poll.getId());
	}

	private static PollInvitee o(Poll poll, String email) {
		return poll.getInvitees().stream().filter(i -> i.getEmail().equals(email)).findFirst().orElseThrow();
	}

	@Test
	void pollsLongOverAreDeletedWithTheirAnswers() {
		Poll poll = poll("Poll jobs retention", 3, "kept@example.org");
		PollInvitee invitee = poll.getInvitees().get(0);
		polls.answer(poll.getId(), invitee.getId(), Map.of(poll.getSlots().get(0).getId(), Choice.NO), null);
		Instant now = Instant.now();
		endedAgo(poll, now, Duration.ofDays(360));
		jobs.purge(now);
		assertThat(jdbc.queryForObject("select count(*) from agd_poll where id = ?", Long.class, poll.getId())).isOne();

		endedAgo(poll, now, Duration.ofDays(370));
		jobs.purge(now);
		assertThat(jdbc.queryForObject("select count(*) from agd_poll where id = ?", Long.class, poll.getId())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from agd_poll_answer where invitee_id = ?", Long.class,
				invitee.getId())).isZero();
	}

}
