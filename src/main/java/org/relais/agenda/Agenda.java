package org.relais.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.agenda.event.Attendee;
import org.relais.agenda.event.AttendeeRepository;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventRepository;
import org.relais.agenda.event.EventRules;
import org.relais.agenda.event.EventInvitation;
import org.relais.agenda.event.EventInvitationRepository;
import org.relais.directory.DirectoryCatalog;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared agenda as other modules (and the agenda's own pages) use it: create an event, invite to it. Every
 * method checks its input completely before writing ({@link EventRejected} names the field); a caller's
 * transaction makes several calls one unit (a poll turned into an event and its invitations).
 */
@Service
@Transactional
public class Agenda {

	/** At most this many people invited at once (an organisation's members count one by one). */
	public static final int MAX_INVITEES = 500;

	private final EventRepository events;

	private final AttendeeRepository attendees;

	private final EventInvitationRepository invitations;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Agenda(EventRepository events, AttendeeRepository attendees, EventInvitationRepository invitations,
			DirectoryCatalog directory, TerritoryCatalog territories, AccountDirectory accounts,
			ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.attendees = attendees;
		this.invitations = invitations;
		this.directory = directory;
		this.territories = territories;
		this.accounts = accounts;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Creates an event of the territory; returns its id. */
	public UUID create(UUID territoryId, UUID actorUserId, EventDraft draft) {
		TerritorySummary territory = territory(territoryId);
		ZoneId zone = EventRules.check(draft, ZoneId.of(territory.timeZone()));
		checkDirectory(territoryId, draft);
		CalendarEvent event = new CalendarEvent(territoryId, draft, zone, actorUserId, clock.instant());
		events.save(event);
		return event.getId();
	}

	/** Changes an event (the sequence grows when calendars must update their copy); 404 for another territory. */
	public void update(UUID territoryId, UUID eventId, EventDraft draft) {
		CalendarEvent event = require(territoryId, eventId);
		TerritorySummary territory = territory(territoryId);
		ZoneId zone = EventRules.check(draft, ZoneId.of(territory.timeZone()));
		checkDirectory(territoryId, draft);
		event.apply(draft, zone, clock.instant());
	}

	/**
	 * Invites organisations (their active members), users of the territory and addresses; an address of a member
	 * of the territory invites that user. People already invited are left as they are. Publishes
	 * {@link EventInvitationsIssued} with the new attendees.
	 *
	 * @return the ids of the new attendees
	 */
	public List<UUID> invite(UUID territoryId, UUID eventId, UUID actorUserId, Invitees invitees) {
		CalendarEvent event = require(territoryId, eventId);
		if (event.isCancelled()) {
			throw new EventRejected("invitees", "agenda.error.invitees.cancelled");
		}
		Instant now = clock.instant();
		Set<UUID> users = new LinkedHashSet<>();
		List<EventInvitation> made = new ArrayList<>();
		for (UUID org : invitees.organisationIds()) {
			if (directory.organisation(territoryId, org, "fr").isEmpty()) {
				throw new EventRejected("invitees", "agenda.error.invitees.organisation");
			}
			users.addAll(directory.organisationMembers(org));
			made.add(new EventInvitation(eventId, org, null, null, actorUserId, now));
		}
		for (UUID user : invitees.userIds()) {
			if (!isMember(user, territoryId)) {
				throw new EventRejected("invitees", "agenda.error.invitees.user");
			}
			users.add(user);
			made.add(new EventInvitation(eventId, null, user, null, actorUserId, now));
		}
		Set<String> guests = new LinkedHashSet<>();
		for (String raw : invitees.emails()) {
			String email = normaliseEmail(raw);
			if (email == null) {
				throw new EventRejected("invitees", "agenda.error.invitees.email", raw == null ? "" : raw.strip());
			}
			Optional<RelaisPrincipal> account = accounts.findByEmail(email)
				.filter(p -> p.membership(territoryId).isPresent());
			if (account.isPresent()) {
				users.add(account.get().userId());
			}
			else {
				guests.add(email);
			}
			made.add(new EventInvitation(eventId, null, null, email, actorUserId, now));
		}
		// Only members of the territory: an organisation's member from elsewhere is not invited to its events.
		users.removeIf(u -> !isMember(u, territoryId));
		if (users.size() + guests.size() > MAX_INVITEES) {
			throw new EventRejected("invitees", "agenda.error.invitees.tooMany", MAX_INVITEES);
		}
		String language = territory(territoryId).defaultLanguage();
		List<UUID> added = new ArrayList<>();
		for (UUID user : users) {
			if (attendees.findByEventIdAndUserId(eventId, user).isEmpty()) {
				added.add(attendees.save(Attendee.user(eventId, user, now)).getId());
			}
		}
		for (String email : guests) {
			if (attendees.findByEventIdAndEmailIgnoreCase(eventId, email).isEmpty()) {
				added.add(attendees.save(Attendee.guest(eventId, email, null, language, now)).getId());
			}
		}
		invitations.saveAll(made);
		if (!added.isEmpty()) {
			publisher.publishEvent(new EventInvitationsIssued(territoryId, eventId, added, actorUserId));
		}
		return added;
	}

	/** The event's title, or empty when the territory has no such event. */
	@Transactional(readOnly = true)
	public Optional<String> title(UUID territoryId, UUID eventId) {
		return events.findByIdAndTerritoryId(eventId, territoryId).map(CalendarEvent::getTitle);
	}

	/**
	 * The territory's events, not cancelled, with a start from {@code from} until {@code to} (the first start of a
	 * recurring event), soonest first.
	 */
	@Transactional(readOnly = true)
	public List<EventSummary> summaries(UUID territoryId, Instant from, Instant to) {
		return events.touching(territoryId, from, to)
			.stream()
			.filter(e -> !e.isCancelled() && !e.getFirstStart().isBefore(from) && e.getFirstStart().isBefore(to))
			.sorted(java.util.Comparator.comparing(CalendarEvent::getFirstStart))
			.map(e -> new EventSummary(e.getId(), e.getTerritoryId(), e.getTitle(), e.getFirstStart(), e.isAllDay(),
					e.getLocationId(), e.getAddress(), e.getOrganiserOrganisationId(), e.getVisibility()))
			.toList();
	}

	private CalendarEvent require(UUID territoryId, UUID eventId) {
		return events.findByIdAndTerritoryId(eventId, territoryId)
			.orElseThrow(() -> NotFoundException.of("event", eventId));
	}

	private TerritorySummary territory(UUID territoryId) {
		return territories.find(territoryId).orElseThrow(() -> NotFoundException.of("territory", territoryId));
	}

	private boolean isMember(UUID userId, UUID territoryId) {
		return accounts.findById(userId).filter(p -> p.isEnabled() && p.membership(territoryId).isPresent()).isPresent();
	}

	private void checkDirectory(UUID territoryId, EventDraft draft) {
		if (draft.locationId() != null && directory.location(territoryId, draft.locationId()).isEmpty()) {
			throw new EventRejected("locationId", "agenda.error.location.unknown");
		}
		if (draft.organiserOrganisationId() != null
				&& directory.organisation(territoryId, draft.organiserOrganisationId(), "fr").isEmpty()) {
			throw new EventRejected("organiserOrganisationId", "agenda.error.organiser.unknown");
		}
	}

	/** A plausible single address, lower-cased; null when it is not one. */
	public static String normaliseEmail(String raw) {
		if (raw == null) {
			return null;
		}
		String s = raw.strip().toLowerCase(Locale.ROOT);
		if (s.length() < 3 || s.length() > 254 || !s.matches("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]{2,}")) {
			return null;
		}
		return s;
	}

}
