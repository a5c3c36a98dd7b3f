package org.relais.agenda.poll;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.agenda.Agenda;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventRejected;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Invitees;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Closes a poll on the slot its organiser chose, in one transaction: an event of the shared agenda at that slot
 * (partner meeting, seen by its invitees), the invitations of those who answered yes or if need be, and the poll
 * marked closed with the event's id. When the agenda refuses the event ({@link EventRejected}), nothing is
 * written: the poll stays open and the reason is shown.
 */
@Service
class PollClosing {

	/** The event made, or why there is none (a message key of the agenda bundle and its arguments). */
	record Result(UUID eventId, String errorKey, List<Object> errorArgs) {

		static Result refused(String key, Object... args) {
			return new Result(null, key, List.of(args));
		}

	}

	private final PollRepository polls;

	private final Agenda agenda;

	private final Clock clock;

	PollClosing(PollRepository polls, Agenda agenda, Clock clock) {
		this.polls = polls;
		this.agenda = agenda;
		this.clock = clock;
	}

	@Transactional
	Result close(UUID pollId, UUID slotId, RelaisPrincipal organiser) {
		polls.lock(pollId);
		Poll poll = polls.findById(pollId).orElseThrow(() -> NotFoundException.of("poll", pollId));
		if (!poll.getOrganiserUserId().equals(organiser.userId())) {
			throw NotFoundException.of("poll", pollId);
		}
		if (!poll.isOpen()) {
			return Result.refused("agenda.poll.error.closed");
		}
		PollSlot slot = slotId == null ? null : poll.slot(slotId).orElse(null);
		if (slot == null) {
			return Result.refused("agenda.poll.error.closeSlot");
		}
		Instant now = clock.instant();
		if (!slot.getStartsAt().isAfter(now)) {
			return Result.refused("agenda.poll.error.closePast");
		}
		List<UUID> possible = Polls.tally(poll).possibleFor(slotId);
		Set<UUID> users = new LinkedHashSet<>();
		Set<String> emails = new LinkedHashSet<>();
		for (PollInvitee i : poll.getInvitees()) {
			if (possible.contains(i.getId())) {
				if (i.getUserId() != null) {
					users.add(i.getUserId());
				}
				else {
					emails.add(i.getEmail());
				}
			}
		}
		try {
			UUID event = agenda.create(poll.getTerritoryId(), organiser.userId(), draft(poll, slot));
			if (!users.isEmpty() || !emails.isEmpty()) {
				agenda.invite(poll.getTerritoryId(), event, organiser.userId(), new Invitees(Set.of(), users, emails));
			}
			poll.close(slotId, event, now);
			return new Result(event, null, List.of());
		}
		catch (EventRejected ex) {
			// the agenda wrote nothing it keeps: this transaction (the event and its invitations) is rolled back
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return Result.refused(ex.messageKey(), ex.args());
		}
	}

	/** The event of a slot: the poll's title, description and place, at the slot's wall-clock times. */
	static EventDraft draft(Poll poll, PollSlot slot) {
		ZoneId zone = poll.zone();
		String place = poll.getPlace();
		boolean online = place != null && place.matches("(?i)https?://\\S+");
		return new EventDraft(poll.getTitle(), poll.getDescription(),
				LocalDateTime.ofInstant(slot.getStartsAt(), zone), LocalDateTime.ofInstant(slot.getEndsAt(), zone),
				false, zone.getId(), poll.getLocationId(), online ? null : place, online ? place : null, null,
				EventCategory.PARTNER_MEETING, EventVisibility.INVITEES, null, null);
	}

}
