package org.relais.desk.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.relais.desk.Channel;
import org.relais.desk.DeskOutcome;
import org.relais.desk.DeskRequestProgressed;
import org.relais.desk.DeskRequestRejected;
import org.relais.desk.DeskRequestType;
import org.relais.desk.DeskStatus;
import org.relais.desk.DeskSubmission;
import org.relais.desk.DeskWebRequestReceived;
import org.relais.desk.domain.DeskRequestEvent.Kind;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's work on requests: take one for a person (the type's submit runs in the same transaction, a
 * {@link DeskRequestRejected} rolls everything back), take one from the public web form, triage it, move it on,
 * assign it, set its due date; every change is a line of its history.
 */
@Service
public class DeskRequests {

	static final EnumSet<DeskStatus> OPEN = EnumSet.of(DeskStatus.NEW, DeskStatus.IN_PROGRESS, DeskStatus.WAITING);

	/** What the desk did: the request and the type's outcome (where to go next). */
	public record Taken(DeskRequest request, DeskOutcome outcome) {
	}

	private final DeskRequestRepository requests;

	private final DeskRequestEventRepository history;

	private final DeskReferences references;

	private final TerritoryCatalog territories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeskRequests(DeskRequestRepository requests, DeskRequestEventRepository history, DeskReferences references,
			TerritoryCatalog territories, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.history = history;
		this.references = references;
		this.territories = territories;
		this.events = events;
		this.clock = clock;
	}

	public ZoneId zone(UUID territoryId) {
		return territories.find(territoryId)
			.map(TerritorySummary::timeZone)
			.filter(z -> z != null && !z.isBlank())
			.map(ZoneId::of)
			.orElse(ZoneId.of("Europe/Paris"));
	}

	public LocalDate today(UUID territoryId) {
		return LocalDate.now(clock.withZone(zone(territoryId)));
	}

	/** The default due date: two working days (Monday to Friday) after today. */
	public LocalDate defaultDueDate(UUID territoryId) {
		return workingDaysAfter(today(territoryId), 2);
	}

	static LocalDate workingDaysAfter(LocalDate from, int days) {
		LocalDate d = from;
		int left = days;
		while (left > 0) {
			d = d.plusDays(1);
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return d;
	}

	/**
	 * Takes a request for a known person and hands it to its type. The caller checked the person (read through
	 * People) and the fields.
	 * @throws DeskRequestRejected when the type refuses it: nothing is written
	 */
	@Transactional
	public Taken take(UUID territoryId, DeskRequestType type, UUID personId, Channel channel,
			Map<String, String> details, LocalDate dueDate, String summary, UUID agentId) {
		Instant now = clock.instant();
		LocalDate due = dueDate == null ? defaultDueDate(territoryId) : dueDate;
		DeskRequest r = requests.save(DeskRequest.forPerson(territoryId, references.next(territoryId, language(territoryId)),
				type.code(), personId, channel, due, blankToNull(summary), agentId, now));
		history.save(new DeskRequestEvent(r.getId(), Kind.CREATED, DeskStatus.NEW, null, agentId, now));
		return new Taken(r, submit(r, type, details, agentId));
	}

	/** Takes a request of the public web form: NEW, no person, waiting for triage. */
	@Transactional
	public DeskRequest takeFromWeb(UUID territoryId, DeskRequest.WebContact contact) {
		Instant now = clock.instant();
		DeskRequest r = requests.save(DeskRequest.fromWebForm(territoryId,
				references.next(territoryId, language(territoryId)), defaultDueDate(territoryId), contact, now));
		history.save(new DeskRequestEvent(r.getId(), Kind.CREATED, DeskStatus.NEW, null, null, now));
		events.publishEvent(new DeskWebRequestReceived(r.getId(), territoryId));
		return r;
	}

	/**
	 * Triage of a web-form request: the person and the type are known now; the same submit path as a request taken
	 * at the desk.
	 * @throws DeskRequestRejected when the type refuses it: nothing is written
	 */
	@Transactional
	public Taken triage(DeskRequest request, DeskRequestType type, UUID personId, Channel channel,
			Map<String, String> details, LocalDate dueDate, UUID agentId) {
		DeskRequest r = managed(request);
		Instant now = clock.instant();
		r.triage(personId, type.code(), channel, dueDate, agentId, now);
		history.save(new DeskRequestEvent(r.getId(), Kind.TRIAGED, r.getStatus(), null, agentId, now));
		requests.save(r);
		return new Taken(r, submit(r, type, details, agentId));
	}

	private DeskOutcome submit(DeskRequest r, DeskRequestType type, Map<String, String> details, UUID agentId) {
		DeskOutcome outcome = type.submit(new DeskSubmission(r.getId(), r.getReference(), r.getTerritoryId(),
				r.getPersonId(), r.getChannel(), details, agentId, r.getDueDate()));
		if (outcome != null) {
			DeskStatus before = r.getStatus();
			r.outcome(outcome.detailLink(), outcome.status(), clock.instant());
			if (outcome.status() != null && outcome.status() != before) {
				history.save(new DeskRequestEvent(r.getId(), Kind.STATUS, outcome.status(), null, agentId,
						clock.instant()));
			}
		}
		return outcome == null ? DeskOutcome.stay(null, r.getStatus()) : outcome;
	}

	@Transactional
	public void changeStatus(DeskRequest request, DeskStatus status, String note, UUID by) {
		DeskRequest r = managed(request);
		Instant now = clock.instant();
		if (status != r.getStatus()) {
			r.moveTo(status, now);
			history.save(new DeskRequestEvent(r.getId(), Kind.STATUS, status, blankToNull(note), by, now));
		}
		else if (blankToNull(note) != null) {
			history.save(new DeskRequestEvent(r.getId(), Kind.NOTE, null, note.strip(), by, now));
		}
		requests.save(r);
	}

	@Transactional
	public void assign(DeskRequest request, UUID userId, UUID by) {
		DeskRequest r = managed(request);
		Instant now = clock.instant();
		r.assignTo(userId, now);
		history.save(new DeskRequestEvent(r.getId(), Kind.ASSIGNED, null, null, by, now));
		requests.save(r);
	}

	@Transactional
	public void due(DeskRequest request, LocalDate dueDate, UUID by) {
		DeskRequest r = managed(request);
		Instant now = clock.instant();
		r.dueOn(dueDate, now);
		history.save(new DeskRequestEvent(r.getId(), Kind.DUE, null, dueDate.toString(), by, now));
		requests.save(r);
	}

	/** A module working on a request reports a step: status and history follow, in the same transaction. */
	@EventListener
	@Transactional
	public void on(DeskRequestProgressed event) {
		requests.findById(event.deskRequestId()).ifPresent(r -> {
			Instant now = clock.instant();
			if (event.status() != null) {
				r.moveTo(event.status(), now);
			}
			history.save(DeskRequestEvent.progress(r.getId(), event.status(), event.noteKey(), event.noteArgs(),
					event.by(), now));
			requests.save(r);
		});
	}

	@Transactional(readOnly = true)
	public Optional<DeskRequest> find(UUID territoryId, UUID id) {
		return requests.findByIdAndTerritoryId(id, territoryId);
	}

	@Transactional(readOnly = true)
	public List<DeskRequestEvent> history(UUID requestId) {
		return history.findByRequestIdOrderByAtAsc(requestId);
	}

	@Transactional(readOnly = true)
	public long openCount(UUID territoryId) {
		return requests.countByTerritoryIdAndStatusIn(territoryId, OPEN);
	}

	@Transactional(readOnly = true)
	public long overdueCount(UUID territoryId) {
		return requests.countByTerritoryIdAndStatusInAndDueDateBefore(territoryId, OPEN, today(territoryId));
	}

	/** The request as this transaction holds it (the same object when the page's session holds it already). */
	private DeskRequest managed(DeskRequest r) {
		return requests.findById(r.getId()).orElseThrow(() -> new IllegalStateException("request gone: " + r.getId()));
	}

	private String language(UUID territoryId) {
		return territories.find(territoryId).map(TerritorySummary::defaultLanguage).orElse("en");
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
