package org.relais.referral.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.referral.ReferralAction;
import org.relais.referral.ReferralFixtures;
import org.relais.referral.ReferralLinkIssued;
import org.relais.referral.ReferralReminderDue;
import org.relais.referral.ReferralStatus;
import org.relais.referral.ReferralStatusChanged;
import org.relais.referral.RefusalReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The referral jobs with the clock moved: reminders at 10 and 20 days (not 9), expiry at 30, attachments kept 5
 * months after closure and deleted at 7, and a territory's own settings honoured.
 */
@SpringBootTest
@RecordApplicationEvents
class ReferralJobsTest {

	@Autowired
	ReferralJobs jobs;

	@Autowired
	ReferralSettingsRepository settings;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	PartnerWorld p;

	@BeforeEach
	void world() {
		p = new PartnerWorld(context);
	}

	private Instant sentAt(UUID id) {
		return jdbc.queryForObject("select sent_at from ref_referral where id = ?", java.sql.Timestamp.class, id)
			.toInstant();
	}

	private String status(UUID id) {
		return jdbc.queryForObject("select status from ref_referral where id = ?", String.class, id);
	}

	private long reminders(UUID id) {
		return events.stream(ReferralReminderDue.class).filter(e -> e.referralId().equals(id)).count();
	}

	@Test
	void membersAreRemindedEveryTenDaysAndTheReferralExpiresAtThirty() {
		UUID id = p.send(p.w.service());
		Instant t0 = sentAt(id);
		UUID territory = p.w.territory();

		assertThat(jobs.run(territory, t0.plus(Duration.ofDays(9))).reminded()).isZero();
		assertThat(reminders(id)).isZero();

		assertThat(jobs.run(territory, t0.plus(Duration.ofDays(10))).reminded()).isEqualTo(1);
		assertThat(jobs.run(territory, t0.plus(Duration.ofDays(10)).plus(Duration.ofHours(5))).reminded()).isZero();
		assertThat(reminders(id)).isEqualTo(1);
		// the member is mailed once, in their language (German), by the notification module
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
				"select count(*) from sent_mail where template = 'referral-reminder' and recipient = ?",
				Integer.class, p.w.partner().email()) == 1);

		assertThat(jobs.run(territory, t0.plus(Duration.ofDays(20))).reminded()).isEqualTo(1);
		assertThat(events.stream(ReferralReminderDue.class).filter(e -> e.referralId().equals(id)).map(
				ReferralReminderDue::number)).containsExactly(1, 2);
		assertThat(status(id)).isEqualTo("SENT");

		ReferralJobs.Report atThirty = jobs.run(territory, t0.plus(Duration.ofDays(30)));
		assertThat(atThirty.expired()).isEqualTo(1);
		assertThat(atThirty.reminded()).isZero();
		assertThat(status(id)).isEqualTo("EXPIRED");
		assertThat(events.stream(ReferralStatusChanged.class)
			.filter(e -> e.referralId().equals(id) && e.to() == ReferralStatus.EXPIRED)).hasSize(1);
	}

	@Test
	void anAnsweredReferralIsNeitherRemindedNorExpired() {
		UUID id = p.send(p.w.service());
		Instant t0 = sentAt(id);
		p.act(id, p.w.partner(), ReferralAction.waitlist(null));
		assertThat(jobs.run(p.w.territory(), t0.plus(Duration.ofDays(31)))).isEqualTo(new ReferralJobs.Report(0, 0, 0));
		assertThat(status(id)).isEqualTo("WAITLISTED");
	}

	@Test
	void anOrganisationWithoutAccountsIsRemindedWithAFreshLink() {
		UUID id = p.send(p.bareService);
		Instant t0 = sentAt(id);
		assertThat(jobs.run(p.w.territory(), t0.plus(Duration.ofDays(10))).reminded()).isEqualTo(1);
		assertThat(events.stream(ReferralLinkIssued.class)
			.filter(e -> e.referralId().equals(id) && e.why() == ReferralLinkIssued.Why.REMINDER)
			.map(ReferralLinkIssued::email)).containsExactly(p.bareEmail);
		assertThat(reminders(id)).isZero();
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
				"select count(*) from sent_mail where template = 'referral-link' and recipient = ?", Integer.class,
				p.bareEmail) >= 2);
	}

	@Test
	void attachmentsAreKeptFiveMonthsAfterClosureAndDeletedAtSeven() {
		UUID id = p.send(p.w.service(), ReferralFixtures.upload("note.pdf", ReferralFixtures.pdf()));
		p.act(id, p.w.partner(), ReferralAction.refuse(RefusalReason.FULL, null));
		Instant closed = jdbc.queryForObject("select closed_at from ref_referral where id = ?",
				java.sql.Timestamp.class, id).toInstant();
		UUID file = jdbc.queryForObject("select file_id from ref_referral_attachment where referral_id = ?",
				UUID.class, id);

		assertThat(jobs.run(p.w.territory(), months(closed, 5)).attachmentsDeleted()).isZero();
		assertThat(liveAttachments(id)).isEqualTo(1);

		assertThat(jobs.run(p.w.territory(), months(closed, 7)).attachmentsDeleted()).isEqualTo(1);
		assertThat(liveAttachments(id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from ref_referral_attachment where referral_id = ?",
				Integer.class, id)).as("the line stays, marked deleted").isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from stored_file where id = ?", Integer.class, file))
			.isZero();
	}

	@Test
	void aTerritorysOwnSettingsAreHonoured() {
		ReferralSettings own = new ReferralSettings(p.w.territory());
		own.change(3, 7, 1, null, Instant.now());
		settings.save(own);
		UUID waiting = p.send(p.w.service());
		UUID closed = p.send(p.w.service(), ReferralFixtures.upload("note.pdf", ReferralFixtures.pdf()));
		p.act(closed, p.w.partner(), ReferralAction.refuse(RefusalReason.FULL, null));
		Instant t0 = sentAt(waiting);

		assertThat(jobs.run(p.w.territory(), t0.plus(Duration.ofDays(3))).reminded()).isEqualTo(1);
		assertThat(jobs.run(p.w.territory(), t0.plus(Duration.ofDays(7))).expired()).isEqualTo(1);
		assertThat(status(waiting)).isEqualTo("EXPIRED");
		assertThat(jobs.run(p.w.territory(), months(t0, 2)).attachmentsDeleted()).isEqualTo(1);
		assertThat(liveAttachments(closed)).isZero();
	}

	private int liveAttachments(UUID id) {
		return jdbc.queryForObject("select count(*) from ref_referral_attachment where referral_id = ? and"
				+ " deleted_at is null", Integer.class, id);
	}

	private static Instant months(Instant from, int n) {
		return from.atZone(ZoneOffset.UTC).plusMonths(n).toInstant();
	}

}
