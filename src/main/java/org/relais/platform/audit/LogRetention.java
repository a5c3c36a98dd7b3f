package org.relais.platform.audit;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit and access logs are kept {@code RELAIS_LOG_RETENTION} (default 400 days), then deleted. */
@Component
class LogRetention {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration keep;

	LogRetention(JdbcTemplate jdbc, Clock clock, @Value("${relais.log-retention:400d}") Duration keep) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = keep;
	}

	@Scheduled(cron = "${relais.retention.cron:0 17 3 * * *}")
	@Transactional
	int purge() {
		java.sql.Timestamp limit = java.sql.Timestamp.from(clock.instant().minus(keep));
		return jdbc.update("delete from audit_event where occurred_at < ?", limit)
				+ jdbc.update("delete from personal_data_access where occurred_at < ?", limit);
	}

}
