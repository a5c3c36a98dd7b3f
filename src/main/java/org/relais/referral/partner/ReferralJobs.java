package org.relais.referral.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.relais.referral.ReferralLinkIssued;
import org.relais.referral.ReferralReminderDue;
import org.relais.referral.ReferralStatus;
import org.relais.referral.Referrals;
import org.relais.referral.domain.Referral;
import org.relais.referral.domain.ReferralAttachments;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral jobs, per territory and with its {@link ReferralSettings}: a referral still {@code SENT} after the
 * expiry period expires (through the façade, which notifies the sender); otherwise the receiving organisation is
 * reminded every N days (its members by mail, or a fresh link when it has no account); attachments of a referral
 * closed for N months are deleted (the file, and the line marked). Each referral in its own transaction, so that one
 * failure does not hold back the others.
 */
@Component
class ReferralJobs {

	private static final Logger log = LoggerFactory.getLogger(ReferralJobs.class);

	/** What a run did in a territory. */
	record Report(int reminded, int expired, int attachmentsDeleted) {
	}

	private final EntityManager em;

	private final ReferralSettingsRepository settings;

	private final Referrals referrals;

	private final ReferralAttachments attachments;

	private final MagicLinks links;

	private final TerritoryCatalog territories;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	ReferralJobs(EntityManager em, ReferralSettingsRepository settings, Referrals referrals,
			ReferralAttachments attachments, MagicLinks links, TerritoryCatalog territories,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.em = em;
		this.settings = settings;
		this.referrals = referrals;
		this.attachments = attachments;
		this.links = links;
		this.territories = territories;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${relais.referral.jobs.cron:0 40 6 * * *}", zone = "${relais.time-zone:Europe/Paris}")
	void daily() {
		Instant now = clock.instant();
		for (TerritorySummary t : territories.all()) {
			Report r = run(t.id(), now);
			if (r.reminded() + r.expired() + r.attachmentsDeleted() > 0) {
				log.info("Referral jobs in {}: {}", t.slug(), r);
			}
		}
	}

	/** Runs the three jobs for one territory as if it were {@code now}. */
	Report run(UUID territoryId, Instant now) {
		ReferralSettings s = settings.of(territoryId);
		int expired = 0;
		int reminded = 0;
		for (UUID id : waiting(territoryId)) {
			Outcome o = tx.execute(status -> remindOrExpire(id, s, now));
			expired += o == Outcome.EXPIRED ? 1 : 0;
			reminded += o == Outcome.REMINDED ? 1 : 0;
		}
		int deleted = 0;
		for (Object[] row : closedWithFiles(territoryId)) {
			Instant closedAt = (Instant) row[1];
			if (!now.isBefore(closedAt.atZone(ZoneOffset.UTC).plusMonths(s.getRetentionMonths()).toInstant())) {
				UUID id = (UUID) row[0];
				deleted += tx.execute(status -> {
					int n = attachments.list(id).size();
					attachments.deleteAll(List.of(id), now);
					return n;
				});
			}
		}
		return new Report(reminded, expired, deleted);
	}

	private enum Outcome {

		NOTHING, REMINDED, EXPIRED

	}

	private Outcome remindOrExpire(UUID id, ReferralSettings s, Instant now) {
		Referral r = em.find(Referral.class, id);
		if (r == null || r.getStatus() != ReferralStatus.SENT) {
			return Outcome.NOTHING;
		}
		if (!now.isBefore(r.getSentAt().plus(Duration.ofDays(s.getExpiryDays())))) {
			return referrals.expire(id, now).isPresent() ? Outcome.EXPIRED : Outcome.NOTHING;
		}
		Duration every = Duration.ofDays(s.getReminderDays());
		Instant due = r.getSentAt().plus(every.multipliedBy(r.getRemindersSent() + 1L));
		if (now.isBefore(due)) {
			return Outcome.NOTHING;
		}
		int number = r.getRemindersSent() + 1;
		// the next one counts from this one's due date, so a late run does not shift the rhythm
		r.reminded(due.plus(every));
		if (links.withoutAccounts(r.getOrganisationId())) {
			links.issue(id, ReferralLinkIssued.Why.REMINDER, now);
		}
		else {
			events.publishEvent(new ReferralReminderDue(id, r.getTerritoryId(), r.getOrganisationId(),
					r.getServiceNames(), r.getSenderName(), r.getSentAt(), number));
		}
		return Outcome.REMINDED;
	}

	private List<UUID> waiting(UUID territoryId) {
		return em
			.createQuery("select r.id from Referral r where r.territoryId = :t and r.status = :sent", UUID.class)
			.setParameter("t", territoryId)
			.setParameter("sent", ReferralStatus.SENT)
			.getResultList();
	}

	private List<Object[]> closedWithFiles(UUID territoryId) {
		return em
			.createQuery("select r.id, r.closedAt from Referral r where r.territoryId = :t and r.closedAt is not null"
					+ " and exists (select a.id from ReferralAttachment a where a.referralId = r.id"
					+ " and a.deletedAt is null)", Object[].class)
			.setParameter("t", territoryId)
			.getResultList();
	}

}
