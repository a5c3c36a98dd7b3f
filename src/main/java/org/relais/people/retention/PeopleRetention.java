package org.relais.people.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.relais.people.BeneficiaryAnonymised;
import org.relais.people.domain.Beneficiary;
import org.relais.people.domain.BeneficiaryRepository;
import org.relais.people.domain.ConsentRepository;
import org.relais.people.domain.RetentionSetting;
import org.relais.people.domain.RetentionSettingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises, every night, the people of each territory with no activity for the territory's retention period
 * (24 months unless its admin set 6 to 120). The consents of an anonymised person are deleted: once nobody can be
 * named, a consent proves nothing, and its purpose (a partner, a service) could hint at the person's situation.
 * Publishes {@link BeneficiaryAnonymised} for each person so that other modules clear their copies.
 */
@Component
public class PeopleRetention {

	private static final Logger log = LoggerFactory.getLogger(PeopleRetention.class);

	private final BeneficiaryRepository beneficiaries;

	private final ConsentRepository consents;

	private final RetentionSettingRepository settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PeopleRetention(BeneficiaryRepository beneficiaries, ConsentRepository consents,
			RetentionSettingRepository settings, ApplicationEventPublisher events, Clock clock) {
		this.beneficiaries = beneficiaries;
		this.consents = consents;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${relais.people.retention-cron:0 25 3 * * *}")
	public void nightly() {
		anonymiseInactive(clock.instant());
	}

	/** Anonymises the people inactive for longer than their territory's period at {@code now}; returns how many. */
	@Transactional
	public int anonymiseInactive(Instant now) {
		int count = 0;
		for (UUID territory : beneficiaries.territoriesWithPeople()) {
			Instant before = now.atOffset(ZoneOffset.UTC).minusMonths(months(territory)).toInstant();
			for (Beneficiary b : beneficiaries.inactiveSince(territory, before)) {
				b.anonymise(now);
				consents.deleteByBeneficiaryId(b.getId());
				events.publishEvent(new BeneficiaryAnonymised(territory, b.getId(), now));
				count++;
			}
		}
		if (count > 0) {
			log.info("anonymised {} people after their retention period", count);
		}
		return count;
	}

	/** The territory's retention period in months. */
	@Transactional(readOnly = true)
	public int months(UUID territoryId) {
		return settings.findById(territoryId).map(RetentionSetting::getMonths).orElse(RetentionSetting.DEFAULT_MONTHS);
	}

	@Transactional
	public void setMonths(UUID territoryId, int months, UUID by) {
		settings.findById(territoryId)
			.ifPresentOrElse(s -> s.change(months, by, clock.instant()),
					() -> settings.save(new RetentionSetting(territoryId, months, by, clock.instant())));
	}

}
