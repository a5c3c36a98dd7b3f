package org.relais.agenda.poll;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.agenda.PollFullyAnswered;
import org.relais.agenda.PollInvitationIssued;
import org.relais.agenda.PollSlotTime;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Find-a-slot polls: made by a member of the territory, answered by each invitee through their personal link or,
 * signed in, from the poll's page; the organiser is told once when everyone has answered. A poll is seen only by
 * its organiser and its invitees, in its territory (404 for anybody else).
 */
@Service
class Polls {

	/** A poll opened through an invitee's personal link. */
	record Opened(Poll poll, PollInvitee invitee) {
	}

	/** Somebody to invite: a user of the territory (userId set) or an address. */
	record Invitee(UUID userId, String email, String name, String language) {
	}

	private final PollRepository polls;

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	private final TerritoryCatalog territories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	Polls(PollRepository polls, DirectoryCatalog directory, AccountDirectory accounts, TerritoryCatalog territories,
			ApplicationEventPublisher events, Clock clock, @Value("${relais.base-url}") String baseUrl) {
		this.polls = polls;
		this.directory = directory;
		this.accounts = accounts;
		this.territories = territories;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Who a draft invites: the enabled members of its organisations, and its addresses (a user of the territory
	 * when the address is theirs). Each person once; the organiser is not among them.
	 */
	List<Invitee> invitees(UUID territoryId, RelaisPrincipal organiser, PollDraft draft) {
		Map<String, Invitee> byEmail = new LinkedHashMap<>();
		Set<UUID> users = new HashSet<>();
		for (UUID org : draft.organisationIds()) {
			for (UUID userId : directory.organisationMembers(org)) {
				accounts.findById(userId)
					.filter(u -> u.isEnabled() && u.membership(territoryId).isPresent())
					.ifPresent(u -> add(byEmail, users, user(u)));
			}
		}
		String fallbackLanguage = territories.find(territoryId).map(TerritorySummary::defaultLanguage).orElse("fr");
		for (String email : draft.emails()) {
			Optional<RelaisPrincipal> account = accounts.findByEmail(email)
				.filter(u -> u.isEnabled() && u.membership(territoryId).isPresent());
			add(byEmail, users, account.map(Polls::user)
				.orElseGet(() -> new Invitee(null, email, email.substring(0, email.indexOf('@')), fallbackLanguage)));
		}
		byEmail.remove(organiser.email().toLowerCase(Locale.ROOT));
		return List.copyOf(byEmail.values());
	}

	private static Invitee user(RelaisPrincipal u) {
		return new Invitee(u.userId(), u.email(), u.displayName(), u.language());
	}

	private static void add(Map<String, Invitee> byEmail, Set<UUID> users, Invitee i) {
		if (i.userId() == null || users.add(i.userId())) {
			byEmail.putIfAbsent(i.email().toLowerCase(Locale.ROOT), i);
		}
	}

	/** Makes the poll and mails each invitee their personal link (after the commit, by the notification module). */
	@Transactional
	Poll create(UUID territoryId, RelaisPrincipal organiser, PollDraft draft, List<Invitee> invitees) {
		Instant now = clock.instant();
		Poll poll = new Poll(territoryId, organiser.userId(), organiser.displayName(), draft.title(),
				draft.description(), draft.place(), draft.locationId(), draft.zone(), now);
		draft.slots().forEach(s -> poll.propose(s.startsAt(), s.endsAt()));
		Map<PollInvitee, String> tokens = new LinkedHashMap<>();
		for (Invitee i : invitees) {
			String token = PollTokens.fresh();
			PollInvitee invitee = new PollInvitee(i.userId(), i.email(), i.name(), i.language(),
					PollTokens.hash(token), now);
			poll.invite(invitee);
			tokens.put(invitee, token);
		}
		polls.save(poll);
		List<PollSlotTime> slots = slotTimes(poll);
		tokens.forEach((invitee, token) -> events.publishEvent(new PollInvitationIssued(invitee.getId(), poll.getId(),
				territoryId, poll.getTitle(), poll.getOrganiserName(), invitee.getEmail(), invitee.getDisplayName(),
				invitee.getLanguage(), link(token), poll.zone().getId(), slots)));
		return poll;
	}

	String link(String token) {
		return baseUrl + "/p/" + token;
	}

	static List<PollSlotTime> slotTimes(Poll poll) {
		return poll.getSlots().stream().map(s -> new PollSlotTime(s.getStartsAt(), s.getEndsAt())).toList();
	}

	/** The poll and invitee behind a personal link (the invitation's or the reminder's), if any. */
	@Transactional(readOnly = true)
	Optional<Opened> open(String token) {
		if (!PollTokens.plausible(token)) {
			return Optional.empty();
		}
		String hash = PollTokens.hash(token);
		return polls.findByTokenHash(hash).flatMap(p -> p.getInvitees()
			.stream()
			.filter(i -> hash.equals(i.getTokenHash()) || hash.equals(i.getReminderTokenHash()))
			.findFirst()
			.map(i -> new Opened(initialised(p), i)));
	}

	/** A poll the user may see: in their current territory, organised by them or with them among the invitees. */
	@Transactional(readOnly = true)
	Poll visible(UUID territoryId, UUID userId, UUID pollId) {
		return polls.findByIdAndTerritoryId(pollId, territoryId)
			.filter(p -> p.concerns(userId))
			.map(Polls::initialised)
			.orElseThrow(() -> NotFoundException.of("poll", pollId));
	}

	@Transactional(readOnly = true)
	List<Poll> concerning(UUID territoryId, UUID userId) {
		return polls.concerning(territoryId, userId).stream().map(Polls::initialised).toList();
	}

	/**
	 * Records an invitee's answers, one per slot of the open poll (false, and nothing recorded, when the poll is
	 * closed or a slot is left out), and tells the organiser when this was the last missing answer.
	 */
	@Transactional
	boolean answer(UUID pollId, UUID inviteeId, Map<UUID, Choice> choices, String name) {
		polls.lock(pollId);
		Poll poll = polls.findById(pollId).orElseThrow(() -> NotFoundException.of("poll", pollId));
		PollInvitee invitee = poll.getInvitees()
			.stream()
			.filter(i -> i.getId().equals(inviteeId))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("poll invitee", inviteeId));
		Map<UUID, Choice> clean = new HashMap<>();
		for (PollSlot s : poll.getSlots()) {
			Choice c = choices.get(s.getId());
			if (c == null) {
				return false;
			}
			clean.put(s.getId(), c);
		}
		if (!poll.isOpen()) {
			return false;
		}
		Instant now = clock.instant();
		invitee.answer(clean, invitee.getUserId() == null ? name : null, now);
		if (poll.allAnswered(now)) {
			accounts.findById(poll.getOrganiserUserId())
				.ifPresent(o -> events.publishEvent(new PollFullyAnswered(poll.getId(), poll.getTerritoryId(),
						o.userId(), o.email(), o.displayName(), o.language(), poll.getTitle(),
						poll.getInvitees().size(), baseUrl + path(poll), path(poll))));
		}
		return true;
	}

	/** Where the poll takes place, in words: its directory location, else the place typed. */
	String place(Poll poll) {
		if (poll.getLocationId() != null) {
			return directory.location(poll.getTerritoryId(), poll.getLocationId())
				.map(LocationRef::oneLine)
				.orElse(poll.getPlace());
		}
		return poll.getPlace();
	}

	static String path(Poll poll) {
		return "/agenda/polls/" + poll.getId();
	}

	private static Poll initialised(Poll p) {
		p.getInvitees().forEach(i -> i.getAnswers().size());
		return p;
	}

	/** The answers of a poll with their totals, in the order of the slots. */
	static PollTally tally(Poll poll) {
		return PollTally.of(poll.getSlots(), new ArrayList<>(poll.getInvitees()));
	}

}
