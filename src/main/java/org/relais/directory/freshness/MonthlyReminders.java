package org.relais.directory.freshness;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly reminder: on the first working day of the month in a territory (Monday to Friday, not a public
 * holiday of its country, in its time zone), every editor of a stale service there gets one mail listing all the
 * stale services they edit, with a one-click confirmation link. The job runs every day
 * ({@code relais.directory.freshness.cron}) and decides by itself whether the day has come; each editor is claimed
 * for the month in {@code dir_freshness_reminder} in the same transaction as the mail's event, so restarts, a
 * second run or a second node send nothing more.
 */
@Component
class MonthlyReminders {

	static final List<ServiceStatus> VISIBLE = List.of(ServiceStatus.PUBLISHED, ServiceStatus.TEMPORARILY_CLOSED);

	private static final Logger log = LoggerFactory.getLogger(MonthlyReminders.class);

	private final TerritoryCatalog territories;

	private final ServiceRepository services;

	private final Editors editors;

	private final Reminders reminders;

	private final FreshnessLinkRepository links;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final ZoneId defaultZone;

	MonthlyReminders(TerritoryCatalog territories, ServiceRepository services, Editors editors, Reminders reminders,
			FreshnessLinkRepository links, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${relais.time-zone:Europe/Paris}") String defaultZone) {
		this.territories = territories;
		this.services = services;
		this.editors = editors;
		this.reminders = reminders;
		this.links = links;
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
		this.defaultZone = ZoneId.of(defaultZone);
	}

	@Scheduled(cron = "${relais.directory.freshness.cron:0 0 7 * * *}", zone = "${relais.time-zone:Europe/Paris}")
	void daily() {
		int sent = run(clock.instant());
		if (sent > 0) {
			log.info("Freshness: {} monthly reminders sent", sent);
		}
	}

	/**
	 * Sends the reminders due at this instant (also for tests and for running the job by hand); returns how many
	 * editors were reminded now.
	 */
	int run(Instant now) {
		Map<UUID, String> periodByEditor = new LinkedHashMap<>();
		Map<UUID, RelaisPrincipal> accounts = new LinkedHashMap<>();
		tx.executeWithoutResult(status -> {
			Editors.Lookup lookup = editors.lookup();
			for (TerritorySummary territory : territories.all()) {
				LocalDate today = LocalDate.ofInstant(now, zone(territory));
				if (WorkingDays.isFirstOfMonth(today, territory.country())) {
					collect(territory, YearMonth.from(today).toString(), now, lookup, periodByEditor, accounts);
				}
			}
		});
		int sent = remindAll(periodByEditor, accounts, now);
		tx.executeWithoutResult(status -> links.deleteExpiredBefore(now.minus(Reminders.VALIDITY)));
		return sent;
	}

	/**
	 * A territory admin's "send now": this month's reminder, today, to the territory's editors of stale services
	 * who have not had it yet this month (so never more than one a month). Returns how many were reminded.
	 */
	int sendNow(UUID territoryId, Instant now) {
		TerritorySummary territory = territories.find(territoryId).orElseThrow();
		Map<UUID, String> periodByEditor = new LinkedHashMap<>();
		Map<UUID, RelaisPrincipal> accounts = new LinkedHashMap<>();
		String period = YearMonth.from(LocalDate.ofInstant(now, zone(territory))).toString();
		tx.executeWithoutResult(
				status -> collect(territory, period, now, editors.lookup(), periodByEditor, accounts));
		return remindAll(periodByEditor, accounts, now);
	}

	/** The editors of the territory's stale services, each with the month their reminder counts for. */
	private void collect(TerritorySummary territory, String period, Instant now, Editors.Lookup lookup,
			Map<UUID, String> periodByEditor, Map<UUID, RelaisPrincipal> accounts) {
		Map<UUID, Organisation> staleOrganisations = new LinkedHashMap<>();
		for (Service s : services.findByTerritory(territory.id(), VISIBLE)) {
			if (s.isStale(now)) {
				staleOrganisations.putIfAbsent(s.getOrganisationId(), s.getOrganisation());
			}
		}
		for (Organisation o : staleOrganisations.values()) {
			lookup.of(o).forEach((id, user) -> {
				periodByEditor.putIfAbsent(id, period);
				accounts.putIfAbsent(id, user);
			});
		}
	}

	/** Reminds each editor in a transaction of their own; returns how many were reminded now. */
	private int remindAll(Map<UUID, String> periodByEditor, Map<UUID, RelaisPrincipal> accounts, Instant now) {
		int sent = 0;
		for (var entry : periodByEditor.entrySet()) {
			RelaisPrincipal editor = accounts.get(entry.getKey());
			try {
				if (Boolean.TRUE.equals(tx.execute(status -> remind(editor, entry.getValue(), now)))) {
					sent++;
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.debug("Freshness reminder of {} for {} claimed elsewhere", editor.userId(), entry.getValue());
			}
		}
		return sent;
	}

	private boolean remind(RelaisPrincipal editor, String period, Instant now) {
		Integer claimed = jdbc.queryForObject(
				"select count(*) from dir_freshness_reminder where user_id = ? and period = ?", Integer.class,
				editor.userId(), period);
		if (claimed != null && claimed > 0) {
			return false;
		}
		List<UUID> organisations = editors.organisationsOf(editor).stream().map(Organisation::getId).toList();
		List<Service> stale = organisations.isEmpty() ? List.of()
				: services.findStale(organisations, VISIBLE, now);
		if (stale.isEmpty()) {
			return false;
		}
		jdbc.update("insert into dir_freshness_reminder (user_id, period, sent_at) values (?, ?, ?)", editor.userId(),
				period, Timestamp.from(now));
		reminders.send(editor, stale, now, now.plus(Reminders.VALIDITY), null, null, null);
		return true;
	}

	private ZoneId zone(TerritorySummary territory) {
		try {
			return territory.timeZone() == null ? defaultZone : ZoneId.of(territory.timeZone());
		}
		catch (java.time.DateTimeException ex) {
			return defaultZone;
		}
	}

}
