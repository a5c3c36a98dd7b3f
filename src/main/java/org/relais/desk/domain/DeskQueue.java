package org.relais.desk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.relais.desk.Channel;
import org.relais.desk.DeskStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The queue of a territory's requests, filtered as the agent asks, the most urgent due date first. */
@Component
public class DeskQueue {

	public static final int PAGE_SIZE = 25;

	/** Whose requests: the agent's, nobody's, or anyone's. */
	public enum Assignee {

		ME, NOBODY, ANYONE

	}

	/**
	 * The filters; null means any. {@code open} restricts to open requests when no status is chosen.
	 *
	 * @param personIds people whose name or phone matched the text (the desk found them through People)
	 */
	public record Query(DeskStatus status, String type, Channel channel, Assignee assignee, boolean overdue,
			String text, Collection<UUID> personIds, boolean open) {
	}

	private final DeskRequestRepository requests;

	DeskQueue(DeskRequestRepository requests) {
		this.requests = requests;
	}

	@Transactional(readOnly = true)
	public Page<DeskRequest> find(UUID territoryId, Query q, UUID me, LocalDate today, int page) {
		Specification<DeskRequest> spec = (root, query, cb) -> {
			List<Predicate> and = new ArrayList<>();
			and.add(cb.equal(root.get("territoryId"), territoryId));
			if (q.status() != null) {
				and.add(cb.equal(root.get("status"), q.status()));
			}
			else if (q.open() || q.overdue()) {
				and.add(root.get("status").in(DeskRequests.OPEN));
			}
			if (q.overdue()) {
				and.add(root.get("status").in(DeskRequests.OPEN));
				and.add(cb.lessThan(root.get("dueDate"), today));
			}
			if (q.type() != null) {
				and.add("-".equals(q.type()) ? cb.isNull(root.get("typeCode")) : cb.equal(root.get("typeCode"), q.type()));
			}
			if (q.channel() != null) {
				and.add(cb.equal(root.get("channel"), q.channel()));
			}
			if (q.assignee() == Assignee.ME) {
				and.add(cb.equal(root.get("assigneeId"), me));
			}
			else if (q.assignee() == Assignee.NOBODY) {
				and.add(cb.isNull(root.get("assigneeId")));
			}
			if (q.text() != null && !q.text().isBlank()) {
				String like = "%" + q.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
				List<Predicate> or = new ArrayList<>();
				or.add(cb.like(cb.lower(root.get("reference")), like));
				or.add(cb.like(cb.lower(root.get("contactName")), like));
				or.add(cb.like(cb.lower(root.get("summary")), like));
				or.add(cb.like(cb.lower(root.get("contactMessage")), like));
				if (q.personIds() != null && !q.personIds().isEmpty()) {
					or.add(root.get("personId").in(q.personIds()));
				}
				and.add(cb.or(or.toArray(Predicate[]::new)));
			}
			return cb.and(and.toArray(Predicate[]::new));
		};
		return requests.findAll(spec, PageRequest.of(Math.max(0, page), PAGE_SIZE,
				Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("createdAt"), Sort.Order.asc("id"))));
	}

}
