package org.relais.mutualaid.stats;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.ProofStatus;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.settings.MutualAid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a territory's mutual aid, read with plain read-only queries: requests by action type and status,
 * the share fulfilled, the median time to acceptance, volunteer hours, active volunteers (and those who signed the
 * current charter), documents expiring soon.
 */
@Service
@Transactional(readOnly = true)
public class MutualAidStatistics {

	/** A request still open after this many days counts as not fulfilled. */
	public static final int STALE_DAYS = 30;

	/** Documents expiring within this many days are listed. */
	public static final int EXPIRY_DAYS = 30;

	private final JdbcTemplate jdbc;

	private final MutualAid mutualAid;

	private final Clock clock;

	MutualAidStatistics(JdbcTemplate jdbc, MutualAid mutualAid, Clock clock) {
		this.jdbc = jdbc;
		this.mutualAid = mutualAid;
		this.clock = clock;
	}

	/** The figures. */
	public record Figures(StatsPeriod period, Map<ActionType, Map<ActionStatus, Long>> requests,
			Map<ActionStatus, Long> statusTotals, long totalRequests, long fulfilled, long closedOrStale,
			Duration medianToAcceptance, int acceptedCount, long minutesInPeriod,
			Map<YearMonth, Long> minutesByMonth, long activeVolunteers, long activeSignedCurrent,
			long expiringDocuments) {

		/** Fulfilled ÷ (done, cancelled, unanswered, or open for more than 30 days) in percent, or null. */
		public Long fulfilledPercent() {
			return closedOrStale == 0 ? null : Math.round(100.0 * fulfilled / closedOrStale);
		}

		public long hours(long minutes) {
			return minutes / 60;
		}

		public long restMinutes(long minutes) {
			return minutes % 60;
		}

		public Long medianHours() {
			return medianToAcceptance == null ? null : medianToAcceptance.toHours();
		}

		public Long medianRestMinutes() {
			return medianToAcceptance == null ? null : (long) medianToAcceptance.toMinutesPart();
		}

	}

	public Figures figures(UUID territoryId, StatsPeriod period) {
		Instant now = clock.instant();
		ZoneId zone = mutualAid.zone(territoryId);
		Instant since = period.since(now, zone);
		Timestamp from = Timestamp.from(since == null ? Instant.EPOCH : since);

		Map<ActionType, Map<ActionStatus, Long>> requests = new EnumMap<>(ActionType.class);
		Map<ActionStatus, Long> totals = new EnumMap<>(ActionStatus.class);
		for (ActionType t : ActionType.values()) {
			Map<ActionStatus, Long> row = new EnumMap<>(ActionStatus.class);
			for (ActionStatus s : ActionStatus.values()) {
				row.put(s, 0L);
				totals.put(s, 0L);
			}
			requests.put(t, row);
		}
		jdbc.query("select action_type, status, count(*) as n from ma_action_request where territory_id = ?"
				+ " and created_at >= ? group by action_type, status", rs -> {
					ActionType t = ActionType.valueOf(rs.getString("action_type"));
					ActionStatus s = ActionStatus.valueOf(rs.getString("status"));
					long n = rs.getLong("n");
					requests.get(t).put(s, n);
					totals.merge(s, n, Long::sum);
				}, territoryId, from);
		long total = totals.values().stream().mapToLong(Long::longValue).sum();

		long done = totals.get(ActionStatus.DONE);
		Timestamp staleBefore = Timestamp.from(now.minus(Duration.ofDays(STALE_DAYS)));
		Long stale = jdbc.queryForObject("select count(*) from ma_action_request where territory_id = ?"
				+ " and created_at >= ? and status in (?, ?, ?) and created_at < ?", Long.class, territoryId, from,
				ActionStatus.NEW.name(), ActionStatus.DISPATCHED.name(), ActionStatus.ACCEPTED.name(), staleBefore);
		long closedOrStale = done + totals.get(ActionStatus.CANCELLED) + totals.get(ActionStatus.UNANSWERED)
				+ (stale == null ? 0 : stale);

		List<Duration> waits = new ArrayList<>();
		jdbc.query("select created_at, accepted_at from ma_action_request where territory_id = ? and created_at >= ?"
				+ " and accepted_at is not null", rs -> {
					waits.add(Duration.between(rs.getTimestamp("created_at").toInstant(),
							rs.getTimestamp("accepted_at").toInstant()));
				}, territoryId, from);

		Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
		YearMonth thisMonth = YearMonth.from(now.atZone(zone));
		for (int i = 11; i >= 0; i--) {
			byMonth.put(thisMonth.minusMonths(i), 0L);
		}
		Instant twelveMonths = thisMonth.minusMonths(11).atDay(1).atStartOfDay(zone).toInstant();
		long[] inPeriod = { 0 };
		Instant periodStart = since == null ? Instant.EPOCH : since;
		jdbc.query("select a.done_at, a.minutes_spent from ma_assignment a join ma_action_request r on r.id = a.request_id"
				+ " where r.territory_id = ? and a.status = 'DONE' and a.minutes_spent is not null and a.done_at is not null",
				rs -> {
					Instant at = rs.getTimestamp("done_at").toInstant();
					long minutes = rs.getLong("minutes_spent");
					if (!at.isBefore(periodStart)) {
						inPeriod[0] += minutes;
					}
					if (!at.isBefore(twelveMonths)) {
						byMonth.merge(YearMonth.from(at.atZone(zone)), minutes, Long::sum);
					}
				}, territoryId);

		Long active = jdbc.queryForObject("select count(*) from ma_volunteer where territory_id = ? and status = ?",
				Long.class, territoryId, VolunteerStatus.ACTIVE.name());
		Long signed = jdbc.queryForObject("select count(distinct v.id) from ma_volunteer v"
				+ " join ma_charter_signature s on s.volunteer_id = v.id join ma_charter c on c.id = s.charter_id"
				+ " where v.territory_id = ? and v.status = ? and c.territory_id = ? and c.version_number ="
				+ " (select max(version_number) from ma_charter where territory_id = ?)", Long.class, territoryId,
				VolunteerStatus.ACTIVE.name(), territoryId, territoryId);
		LocalDate today = now.atZone(zone).toLocalDate();
		Long expiring = jdbc.queryForObject("select count(*) from ma_proof p join ma_volunteer v on v.id = p.volunteer_id"
				+ " where p.territory_id = ? and p.status = ? and p.expires_on >= ? and p.expires_on <= ?"
				+ " and v.status in (?, ?)", Long.class, territoryId, ProofStatus.VERIFIED.name(),
				java.sql.Date.valueOf(today), java.sql.Date.valueOf(today.plusDays(EXPIRY_DAYS)),
				VolunteerStatus.ACTIVE.name(), VolunteerStatus.PENDING.name());

		return new Figures(period, requests, totals, total, done, closedOrStale, median(waits), waits.size(),
				inPeriod[0], byMonth, active == null ? 0 : active, signed == null ? 0 : signed,
				expiring == null ? 0 : expiring);
	}

	/** The median of durations (the mean of the two middle ones for an even count), or null when there are none. */
	static Duration median(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		List<Duration> sorted = durations.stream().sorted().toList();
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
	}

}
