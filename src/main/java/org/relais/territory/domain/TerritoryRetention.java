package org.relais.territory.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes account-life records once they have served: invitations 30 days after acceptance or expiry,
 * password-reset links a day after expiry, API tokens 90 days after revocation or expiry.
 */
@Component
public class TerritoryRetention {

	private static final Logger log = LoggerFactory.getLogger(TerritoryRetention.class);

	static final Duration INVITATIONS = Duration.ofDays(30);

	static final Duration RESETS = Duration.ofDays(1);

	static final Duration TOKENS = Duration.ofDays(90);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	TerritoryRetention(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${relais.retention.cron:0 17 3 * * *}")
	@Transactional
	public int purge() {
		Instant now = clock.instant();
		int n = jdbc.update("delete from invitation where coalesce(accepted_at, expires_at) < ?",
				java.sql.Timestamp.from(now.minus(INVITATIONS)));
		n += jdbc.update("delete from password_reset where expires_at < ?", java.sql.Timestamp.from(now.minus(RESETS)));
		n += jdbc.update("delete from api_token where coalesce(revoked_at, expires_at) < ?",
				java.sql.Timestamp.from(now.minus(TOKENS)));
		if (n > 0) {
			log.info("retention: removed {} expired account records", n);
		}
		return n;
	}

}
