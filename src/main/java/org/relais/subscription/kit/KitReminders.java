package org.relais.subscription.kit;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: reminds the coordinators whose flyers are due for renewal (see {@link Kits#remindDue}). */
@Component
class KitReminders {

	private static final Logger log = LoggerFactory.getLogger(KitReminders.class);

	private final Kits kits;

	private final Clock clock;

	KitReminders(Kits kits, Clock clock) {
		this.kits = kits;
		this.clock = clock;
	}

	@Scheduled(cron = "${relais.subscription.kit-reminder-cron:0 20 7 * * *}", zone = "${relais.time-zone:Europe/Paris}")
	void daily() {
		int sent = kits.remindDue(clock.instant());
		if (sent > 0) {
			log.info("Kit reminders: {} territories reminded to renew their flyers", sent);
		}
	}

}
