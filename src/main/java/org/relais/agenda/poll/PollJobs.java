package org.relais.agenda.poll;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.relais.agenda.PollReminderDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The poll jobs: ONE reminder to each invitee of an open poll who has not answered {@code remind-after} after the
 * invitation (the invitee row keeps when, so never twice; the reminder carries a fresh personal link, the first
 * one keeps working); and polls whose slots all ended {@value #RETENTION_MONTHS} months ago are deleted with
 * their invitees and answers. Each poll in its own transaction.
 */
@Component
class PollJobs {

	static final int RETENTION_MONTHS = 12;

	static final String RETENTION_MONTHS_TEXT = "12 months";

	private static final Logger log = LoggerFactory.getLogger(PollJobs.class);

	private final PollRepository polls;

	private final Polls service;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final Duration remindAfter;

	PollJobs(PollRepository polls, Polls service, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${relais.agenda.poll.remind-after:P2D}") Duration remindAfter) {
		this.polls = polls;
		this.service = service;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
		this.remindAfter = remindAfter;
	}

	@Scheduled(cron = "${relais.agenda.poll.jobs.cron:0 10 * * * *}", zone = "${relais.time-zone:Europe/Paris}")
	void hourly() {
		Instant now = clock.instant();
		int reminded = remind(now);
		int deleted = purge(now);
		if (reminded + deleted > 0) {
			log.info("Poll jobs: {} reminders, {} polls deleted", reminded, deleted);
		}
	}

	/** Sends the reminders due at {@code now}; returns how many. */
	int remind(Instant now) {
		Instant invitedBefore = now.minus(remindAfter);
		int reminded = 0;
		for (UUID id : polls.withRemindersDue(invitedBefore)) {
			reminded += tx.execute(status -> remind(id, invitedBefore, now));
		}
		return reminded;
	}

	private int remind(UUID pollId, Instant invitedBefore, Instant now) {
		Poll poll = polls.findById(pollId).orElse(null);
		if (poll == null || !poll.isOpen()) {
			return 0;
		}
		int n = 0;
		for (PollInvitee i : poll.getInvitees()) {
			if (i.answered() || i.getInvitedAt().isAfter(invitedBefore)) {
				continue;
			}
			String token = PollTokens.fresh();
			if (i.remind(PollTokens.hash(token), now)) {
				events.publishEvent(new PollReminderDue(
						UUID.nameUUIDFromBytes(("poll-reminder:" + i.getId()).getBytes(StandardCharsets.UTF_8)), poll.getId(), poll.getTerritoryId(),
						poll.getTitle(), poll.getOrganiserName(), i.getEmail(), i.getDisplayName(), i.getLanguage(),
						service.link(token), poll.zone().getId(), Polls.slotTimes(poll)));
				n++;
			}
		}
		return n;
	}

	/** Deletes the polls whose slots all ended {@link #RETENTION_MONTHS} months before {@code now}. */
	int purge(Instant now) {
		Instant before = now.atOffset(ZoneOffset.UTC).minusMonths(RETENTION_MONTHS).toInstant();
		List<UUID> ids = polls.endedBefore(before);
		for (UUID id : ids) {
			tx.executeWithoutResult(status -> polls.deleteById(id));
		}
		return ids.size();
	}

}
