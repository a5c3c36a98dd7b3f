package org.relais.referral.partner;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.relais.directory.DirectoryCatalog;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.referral.ReferralStatus;
import org.relais.referral.domain.Referral;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral lists of a territory: those received by the viewer's organisations, and — for agents, coordinators
 * and admins — those sent from the territory; filtered by status, service and period, counted per status, paged;
 * and the per-organisation figures. Only referrals of the viewer's current territory; no person data.
 */
@Service
class ReferralInbox {

	static final int PAGE_SIZE = 25;

	private static final Role[] SENDER_ROLES = { Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN };

	/** Which list. */
	enum Tab {

		RECEIVED, SENT

	}

	/** The filters of a list; null means any. {@code to} is inclusive. */
	record Filter(Tab tab, ReferralStatus status, UUID service, LocalDate from, LocalDate to, int page) {
	}

	/** A line of a list. */
	record Row(UUID id, String serviceName, String organisationName, String senderName, ReferralStatus status,
			String reasonCode, Instant sentAt, Instant lastChangeAt) {
	}

	/** A service that appears in a list, for the service filter. */
	record ServiceOption(UUID id, String name) {
	}

	/** A page of a list with its counts per status (over the other filters). */
	record Page(List<Row> rows, long total, int page, int pages, Map<ReferralStatus, Long> counts,
			List<ServiceOption> services) {
	}

	/** An organisation's figures: received, accepted, acceptance rate (%), median time to first answer. */
	record Figures(UUID organisationId, String organisationName, long received, long accepted, Integer rate,
			Duration medianAnswer) {
	}

	private final EntityManager em;

	private final DirectoryCatalog directory;

	ReferralInbox(EntityManager em, DirectoryCatalog directory) {
		this.em = em;
		this.directory = directory;
	}

	/** The tabs this user has: received for organisation members, sent for the sender roles. */
	Set<Tab> tabs(RelaisPrincipal user) {
		Set<Tab> tabs = new LinkedHashSet<>();
		if (user.currentTerritoryId() == null) {
			return tabs;
		}
		if (!directory.memberOrganisations(user.userId()).isEmpty()) {
			tabs.add(Tab.RECEIVED);
		}
		if (user.hasAny(SENDER_ROLES)) {
			tabs.add(Tab.SENT);
		}
		return tabs;
	}

	@Transactional(readOnly = true)
	Page page(RelaisPrincipal user, Filter f, ZoneId zone, String language) {
		Where w = where(user, f, zone, true);
		long total = count(w);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(f.page(), 1), pages);
		List<Row> rows = rows(w, (page - 1) * PAGE_SIZE, PAGE_SIZE, language);
		Where any = where(user, f, zone, false);
		Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
		for (ReferralStatus s : ReferralStatus.values()) {
			counts.put(s, 0L);
		}
		query(any, "select r.status, count(r) from Referral r", " group by r.status", Object[].class).getResultList()
			.forEach(row -> counts.put((ReferralStatus) row[0], (Long) row[1]));
		return new Page(rows, total, page, pages, counts, services(user, f, language));
	}

	/** Every row of the filtered list (for the CSV export). */
	@Transactional(readOnly = true)
	List<Row> all(RelaisPrincipal user, Filter f, ZoneId zone, String language) {
		return rows(where(user, f, zone, true), 0, Integer.MAX_VALUE, language);
	}

	/**
	 * The figures of the organisations this user may see them for, over a period: the organisations they are a
	 * member of, or every receiving organisation of the territory for its admins and coordinators.
	 */
	@Transactional(readOnly = true)
	List<Figures> figures(RelaisPrincipal user, LocalDate from, LocalDate to, ZoneId zone) {
		boolean all = user.hasAny(Role.TERRITORY_ADMIN, Role.COORDINATOR);
		Where w = new Where(user.currentTerritoryId());
		if (!all) {
			w.and("r.organisationId in :orgs", "orgs", directory.memberOrganisations(user.userId()));
		}
		period(w, from, to, zone);
		List<Referral> found = query(w, "select r from Referral r", " order by r.organisationName, r.sentAt",
				Referral.class).getResultList();
		Map<UUID, List<Referral>> byOrg = new LinkedHashMap<>();
		found.forEach(r -> byOrg.computeIfAbsent(r.getOrganisationId(), k -> new ArrayList<>()).add(r));
		List<Figures> out = new ArrayList<>();
		byOrg.forEach((org, list) -> {
			long accepted = list.stream()
				.filter(r -> r.getStatus() == ReferralStatus.ACCEPTED || r.getStatus() == ReferralStatus.COMPLETED)
				.count();
			List<Duration> answers = list.stream()
				.filter(r -> r.getAnsweredAt() != null)
				.map(r -> Duration.between(r.getSentAt(), r.getAnsweredAt()))
				.sorted()
				.toList();
			out.add(new Figures(org, list.get(0).getOrganisationName(), list.size(), accepted,
					(int) Math.round(100.0 * accepted / list.size()), median(answers)));
		});
		return out;
	}

	static Duration median(List<Duration> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
	}

	private List<ServiceOption> services(RelaisPrincipal user, Filter f, String language) {
		Where w = where(user, new Filter(f.tab(), null, null, null, null, 1), ZoneId.of("UTC"), false);
		Map<UUID, ServiceOption> out = new LinkedHashMap<>();
		for (Referral r : query(w, "select r from Referral r", " order by r.sentAt desc", Referral.class)
			.getResultList()) {
			out.putIfAbsent(r.getServiceId(), new ServiceOption(r.getServiceId(), name(r, language)));
		}
		return out.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	private List<Row> rows(Where w, int first, int max, String language) {
		return query(w, "select r from Referral r", " order by r.sentAt desc, r.id", Referral.class)
			.setFirstResult(first)
			.setMaxResults(max)
			.getResultList()
			.stream()
			.map(r -> new Row(r.getId(), name(r, language), r.getOrganisationName(), r.getSenderName(), r.getStatus(),
					r.getRefusalReason() != null ? "referral.refusal." + r.getRefusalReason()
							: r.getOutcome() != null ? "referral.outcome." + r.getOutcome() : null,
					r.getSentAt(), r.getLastChangeAt()))
			.toList();
	}

	private long count(Where w) {
		return query(w, "select count(r) from Referral r", "", Long.class).getSingleResult();
	}

	private Where where(RelaisPrincipal user, Filter f, ZoneId zone, boolean withStatus) {
		Where w = new Where(user.currentTerritoryId());
		if (f.tab() == Tab.RECEIVED) {
			w.and("r.organisationId in :orgs", "orgs", directory.memberOrganisations(user.userId()));
		}
		if (withStatus && f.status() != null) {
			w.and("r.status = :status", "status", f.status());
		}
		if (f.service() != null) {
			w.and("r.serviceId = :service", "service", f.service());
		}
		period(w, f.from(), f.to(), zone);
		return w;
	}

	private static void period(Where w, LocalDate from, LocalDate to, ZoneId zone) {
		if (from != null) {
			w.and("r.sentAt >= :from", "from", from.atStartOfDay(zone).toInstant());
		}
		if (to != null) {
			w.and("r.sentAt < :to", "to", to.plusDays(1).atStartOfDay(zone).toInstant());
		}
	}

	private <T> TypedQuery<T> query(Where w, String select, String tail, Class<T> type) {
		TypedQuery<T> q = em.createQuery(select + " where " + String.join(" and ", w.clauses) + tail, type);
		w.params.forEach(q::setParameter);
		return q;
	}

	private static String name(Referral r, String language) {
		Map<String, String> names = r.getServiceNames();
		String n = names.get(language);
		return n != null ? n : names.getOrDefault("fr", names.values().stream().findFirst().orElse(""));
	}

	/** The where clause of a list, built from the filters. */
	private static final class Where {

		final List<String> clauses = new ArrayList<>();

		final Map<String, Object> params = new LinkedHashMap<>();

		Where(UUID territoryId) {
			and("r.territoryId = :territory", "territory", territoryId);
		}

		void and(String clause, String name, Object value) {
			if (value instanceof java.util.Collection<?> c && c.isEmpty()) {
				clauses.add("r.id is null");
				return;
			}
			clauses.add(clause);
			params.put(name, value);
		}

	}

}
