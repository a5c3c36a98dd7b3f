package org.relais.agenda.event;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.relais.platform.StoredFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the events whose last occurrence ended more than {@code relais.agenda.retention} ago (12 months by
 * default), with their invitations, attendees (names and addresses of guests), answers, occurrence changes and
 * attached files.
 */
@Component
public class AgendaRetention {

	private static final Logger log = LoggerFactory.getLogger(AgendaRetention.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Period keep;

	private final StoredFiles files;

	AgendaRetention(JdbcTemplate jdbc, Clock clock, @Value("${relais.agenda.retention:P12M}") Period keep,
			StoredFiles files) {
		this.jdbc = jdbc;
		this.files = files;
		this.clock = clock;
		this.keep = keep;
	}

	@Scheduled(cron = "${relais.agenda.retention-cron:0 50 3 * * *}")
	void nightly() {
		purge(clock.instant());
	}

	/** Deletes what ended before {@code now} minus the retention period; returns the number of events deleted. */
	@Transactional
	public int purge(Instant now) {
		Instant before = now.atOffset(ZoneOffset.UTC).minus(keep).toInstant();
		// the files of the events' attachments go first (their lines go with the events)
		for (java.util.UUID file : jdbc.queryForList("select a.file_id from agd_event_attachment a"
				+ " join agd_event e on e.id = a.event_id where e.last_end < ?", java.util.UUID.class,
				java.sql.Timestamp.from(before))) {
			files.delete(file);
		}
		int n = jdbc.update("delete from agd_event where last_end < ?", java.sql.Timestamp.from(before));
		if (n > 0) {
			log.info("Agenda retention: {} event(s) ended before {} deleted", n, before);
		}
		return n;
	}

}
