package org.relais.devices.stock;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps donors' personal data no longer than needed: the contact (email, phone) is cleared two years after the
 * donation; a private donor's name stays on the donation for ten years (the receipt is an accounting record), then
 * is replaced by the donation's reference.
 */
@Component
public class DonationRetention {

	static final String CONTACT_TEXT = "2 years";

	static final String NAME_TEXT = "10 years";

	private static final Logger log = LoggerFactory.getLogger(DonationRetention.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DonationRetention(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${relais.devices.donation.retention-cron:0 25 3 * * *}")
	void nightly() {
		purge(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
	}

	/** Clears what is due on {@code today}; returns the number of donations changed. */
	@Transactional
	public int purge(LocalDate today) {
		int contacts = jdbc.update("update dev_donation set contact_email = null, contact_phone = null,"
				+ " contact_cleared_at = ? where received_on < ? and (contact_email is not null or contact_phone is not null)",
				Timestamp.from(clock.instant()), Date.valueOf(today.minusYears(2)));
		int names = jdbc.update("update dev_donation set donor_name = reference where donor_kind = 'PERSON'"
				+ " and received_on < ? and donor_name <> reference", Date.valueOf(today.minusYears(10)));
		if (contacts + names > 0) {
			log.info("Donation retention: {} contact(s) cleared, {} private donor name(s) replaced", contacts, names);
		}
		return contacts + names;
	}

}
