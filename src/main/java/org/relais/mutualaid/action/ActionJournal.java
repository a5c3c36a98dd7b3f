package org.relais.mutualaid.action;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.relais.desk.DeskRequestProgressed;
import org.relais.desk.DeskStatus;
import org.relais.mutualaid.ActionStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a line of an action request's history and tells the desk when the request came from it: accepted →
 * in progress, done → done, cancelled → cancelled; unanswered → a note on the desk request (an alert for the
 * agents), the desk's status unchanged.
 */
@Component
public class ActionJournal {

	private final ActionLogRepository lines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ActionJournal(ActionLogRepository lines, ApplicationEventPublisher events, Clock clock) {
		this.lines = lines;
		this.events = events;
		this.clock = clock;
	}

	public Instant now() {
		return clock.instant();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public ActionLogLine log(ActionRequest request, ActionLogLine.Kind kind, UUID volunteerId, UUID by, String note) {
		ActionLogLine line = lines.save(new ActionLogLine(request, kind, volunteerId, by, note, clock.instant()));
		if (request.getDeskRequestId() != null) {
			DeskStatus desk = switch (kind) {
				case ACCEPTED -> request.getStatus() == ActionStatus.ACCEPTED ? DeskStatus.IN_PROGRESS : null;
				case DONE -> DeskStatus.DONE;
				case CANCELLED -> DeskStatus.CANCELLED;
				default -> null;
			};
			boolean told = desk != null || kind == ActionLogLine.Kind.UNANSWERED
					|| kind == ActionLogLine.Kind.NO_CANDIDATE || kind == ActionLogLine.Kind.DISPATCHED;
			if (told) {
				events.publishEvent(new DeskRequestProgressed(request.getDeskRequestId(), desk,
						"mutualaid.desk." + kind.name(), List.of(request.getReference()), by));
			}
		}
		return line;
	}

	public List<ActionLogLine> history(UUID requestId) {
		return lines.findByRequestIdOrderByAtAscIdAsc(requestId);
	}

}
