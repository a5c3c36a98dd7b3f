package org.relais.mutualaid.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.directory.DirectoryCatalog;
import org.relais.mutualaid.ActionNotice;
import org.relais.mutualaid.ActionOfferWithdrawn;
import org.relais.mutualaid.ActionOffered;
import org.relais.mutualaid.ActionOfferedToAssociation;
import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.ActionUnanswered;
import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.ConcernLevel;
import org.relais.mutualaid.ConcernRaised;
import org.relais.mutualaid.MissionReminderDue;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.RequestSource;
import org.relais.mutualaid.VolunteerContact;
import org.relais.mutualaid.VolunteerReadiness;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.action.ActionAssignment;
import org.relais.mutualaid.action.ActionAssignmentRepository;
import org.relais.mutualaid.action.ActionJournal;
import org.relais.mutualaid.action.ActionLogLine;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.action.ActionRequestRepository;
import org.relais.mutualaid.action.Concern;
import org.relais.mutualaid.action.ConcernRepository;
import org.relais.mutualaid.association.AssociationProfile;
import org.relais.mutualaid.association.AssociationProfileRepository;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.settings.MutualAidSettings;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerAbsence;
import org.relais.mutualaid.volunteer.VolunteerAbsenceRepository;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.Role;
import org.relais.territory.TerritoryAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatch of action requests to volunteers: offering to the top N eligible volunteers ({@link DispatchRule})
 * and to the associations answering the type, acceptance (concurrency-safe: the request's row is locked, the
 * accepted count read again, a full request refused; a two-person request is confirmed at the second acceptance and
 * the other offers withdrawn), declining, a volunteer's cancellation (dispatched again), the report (the action is
 * done when every volunteer who accepted it reported), concerns, the acceptance delay (unanswered: back to the desk
 * with an alert) and the reminder the day before.
 */
@Service
@Transactional
public class Dispatcher {

	/** Statuses that keep a volunteer out of a new round for the same request. */
	private static final Set<AssignmentStatus> ALREADY_ASKED = EnumSet.of(AssignmentStatus.OFFERED,
			AssignmentStatus.ACCEPTED, AssignmentStatus.DECLINED, AssignmentStatus.CANCELLED, AssignmentStatus.DONE);

	private static final Set<Role> STAFF = Set.of(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN);

	private final ActionRequestRepository requests;

	private final ActionAssignmentRepository assignments;

	private final ConcernRepository concerns;

	private final ActionJournal journal;

	private final VolunteerRepository volunteers;

	private final VolunteerAbsenceRepository absences;

	private final VolunteerReadiness readiness;

	private final AssociationProfileRepository associations;

	private final PersonPlaces places;

	private final MutualAid mutualAid;

	private final DirectoryCatalog directory;

	private final TerritoryAccounts accounts;

	private final ApplicationEventPublisher events;

	Dispatcher(ActionRequestRepository requests, ActionAssignmentRepository assignments, ConcernRepository concerns,
			ActionJournal journal, VolunteerRepository volunteers, VolunteerAbsenceRepository absences,
			VolunteerReadiness readiness, AssociationProfileRepository associations, PersonPlaces places,
			MutualAid mutualAid, DirectoryCatalog directory, TerritoryAccounts accounts,
			ApplicationEventPublisher events) {
		this.requests = requests;
		this.assignments = assignments;
		this.concerns = concerns;
		this.journal = journal;
		this.volunteers = volunteers;
		this.absences = absences;
		this.readiness = readiness;
		this.associations = associations;
		this.places = places;
		this.mutualAid = mutualAid;
		this.directory = directory;
		this.accounts = accounts;
		this.events = events;
	}

	// ---------------------------------------------------------------- offering

	/**
	 * Offers the request to the next eligible volunteers (top N, never one already asked for it) and to the
	 * associations answering its type. Nobody to offer it to and no offer open: unanswered at once, the desk alerted.
	 * @return the number of volunteers offered it in this round
	 * @throws MutualAidException (field {@code status}) when the request is closed or already confirmed
	 */
	public int dispatch(UUID territoryId, UUID requestId, UUID by) {
		ActionRequest r = lock(territoryId, requestId);
		if (!r.getStatus().open() || r.getStatus() == ActionStatus.ACCEPTED) {
			throw new MutualAidException("status", "mutualaid.dispatch.error.notDispatchable");
		}
		return offer(r, by, Integer.MAX_VALUE);
	}

	/** The demo's dispatch: at most {@code limit} volunteers (and the territory's top N). */
	public int dispatch(UUID territoryId, UUID requestId, UUID by, int limit) {
		return offer(lock(territoryId, requestId), by, limit);
	}

	/** The demo's offer to one volunteer (the demo's accepted mission goes to the demo volunteer). */
	public ActionAssignment offerTo(UUID territoryId, UUID requestId, Volunteer v) {
		ActionRequest r = lock(territoryId, requestId);
		ActionAssignment a = assignments.findByRequestIdAndVolunteerId(r.getId(), v.getId())
			.orElseGet(() -> assignments.save(ActionAssignment.offer(r.getId(), v.getId(), null, journal.now())));
		if (r.getStatus() == ActionStatus.NEW) {
			r.moveTo(ActionStatus.DISPATCHED, journal.now());
		}
		journal.log(r, ActionLogLine.Kind.OFFERED, v.getId(), null, null);
		return a;
	}

	private int offer(ActionRequest r, UUID by) {
		return offer(r, by, Integer.MAX_VALUE);
	}

	private int offer(ActionRequest r, UUID by, int limit) {
		UUID territory = r.getTerritoryId();
		MutualAidSettings settings = mutualAid.settings(territory);
		LocalDate today = mutualAid.today(territory);
		Instant now = journal.now();
		PersonPlaces.Place place = places.of(r);
		List<ActionAssignment> existing = assignments.findByRequestIdOrderByOfferedAt(r.getId());
		Set<UUID> asked = existing.stream()
			.filter(a -> ALREADY_ASKED.contains(a.getStatus()))
			.map(ActionAssignment::getVolunteerId)
			.collect(Collectors.toSet());
		List<Volunteer> pool = volunteers.findByTerritoryIdAndStatusIn(territory, Set.of(VolunteerStatus.ACTIVE))
			.stream()
			.filter(v -> !asked.contains(v.getId()))
			.toList();
		List<DispatchRule.Verdict> ranked = DispatchRule.rank(ask(r, place, today), candidates(r, pool, today, now));
		List<DispatchRule.Verdict> chosen = ranked.subList(0,
				Math.min(Math.min(limit, settings.getDispatchTopN()), ranked.size()));
		r.moveTo(ActionStatus.DISPATCHED, now);
		ActionNotice notice = notice(r, place);
		Map<UUID, ActionAssignment> byVolunteer = existing.stream()
			.collect(Collectors.toMap(ActionAssignment::getVolunteerId, a -> a, (a, b) -> a));
		Map<UUID, Volunteer> pooled = pool.stream().collect(Collectors.toMap(Volunteer::getId, v -> v));
		for (DispatchRule.Verdict v : chosen) {
			Volunteer volunteer = pooled.get(v.candidate().volunteerId());
			ActionAssignment a = byVolunteer.get(volunteer.getId());
			if (a == null) {
				a = assignments.save(ActionAssignment.offer(r.getId(), volunteer.getId(), null, now));
			}
			else {
				a.reoffer(now);
			}
			journal.log(r, ActionLogLine.Kind.OFFERED, volunteer.getId(), by, null);
			events.publishEvent(new ActionOffered(territory, r.getId(), a.getId(), notice, contact(volunteer)));
		}
		List<AssociationProfile> answering = associations.findByTerritoryIdAndActiveTrue(territory)
			.stream()
			.filter(p -> p.getActionTypes().contains(r.getActionType()))
			.toList();
		for (AssociationProfile p : answering) {
			journal.log(r, ActionLogLine.Kind.ASSOCIATION_OFFERED, null, by, null);
			events.publishEvent(new ActionOfferedToAssociation(territory, r.getId(), p.getOrganisationId(),
					r.getDispatchRound(), notice));
		}
		journal.log(r, ActionLogLine.Kind.DISPATCHED, null, by, String.valueOf(chosen.size()));
		boolean openOffers = existing.stream().anyMatch(a -> a.getStatus() == AssignmentStatus.OFFERED);
		if (chosen.isEmpty() && answering.isEmpty() && !openOffers) {
			r.moveTo(ActionStatus.UNANSWERED, now);
			journal.log(r, ActionLogLine.Kind.NO_CANDIDATE, null, by, null);
			events.publishEvent(new ActionUnanswered(territory, r.getId(), r.getReference(), r.getDispatchRound(),
					accounts.holders(territory, STAFF)));
		}
		return chosen.size();
	}

	/** The eligible volunteers of the territory for a request, best first (for the agents' page). */
	@Transactional(readOnly = true)
	public List<DispatchRule.Verdict> candidates(UUID territoryId, UUID requestId) {
		ActionRequest r = requests.findByIdAndTerritoryId(requestId, territoryId).orElseThrow();
		LocalDate today = mutualAid.today(territoryId);
		List<Volunteer> pool = volunteers.findByTerritoryIdAndStatusIn(territoryId, Set.of(VolunteerStatus.ACTIVE));
		return DispatchRule.rank(ask(r, places.of(r), today), candidates(r, pool, today, journal.now()));
	}

	private static DispatchRule.Ask ask(ActionRequest r, PersonPlaces.Place place, LocalDate today) {
		return new DispatchRule.Ask(r.getActionType(), DispatchRule.days(r.getWhenKind(), r.getOnDate(), today),
				r.getDayPart(), place.point());
	}

	private List<DispatchRule.Candidate> candidates(ActionRequest r, List<Volunteer> pool, LocalDate today,
			Instant now) {
		if (pool.isEmpty()) {
			return List.of();
		}
		Set<UUID> ids = pool.stream().map(Volunteer::getId).collect(Collectors.toSet());
		Map<UUID, VolunteerReadiness.Readiness> ready = readiness.of(r.getTerritoryId(), pool, today);
		Map<UUID, List<DispatchRule.Absence>> away = new HashMap<>();
		for (VolunteerAbsence a : absences.findByVolunteerIdIn(ids)) {
			away.computeIfAbsent(a.getVolunteerId(), k -> new ArrayList<>())
				.add(new DispatchRule.Absence(a.getFromDate(), a.getUntilDate()));
		}
		Set<UUID> personRequests = requests.findByPersonIdOrderByCreatedAtDesc(r.getPersonId())
			.stream()
			.map(ActionRequest::getId)
			.collect(Collectors.toSet());
		Set<UUID> continuity = assignments.findByRequestIdInAndStatus(personRequests, AssignmentStatus.DONE)
			.stream()
			.map(ActionAssignment::getVolunteerId)
			.collect(Collectors.toSet());
		Instant since = now.minus(Duration.ofDays(30));
		Map<UUID, Integer> load = new HashMap<>();
		for (ActionAssignment a : assignments.findByVolunteerIdInAndStatusIn(ids,
				EnumSet.of(AssignmentStatus.ACCEPTED, AssignmentStatus.DONE))) {
			Instant at = a.getRespondedAt() != null ? a.getRespondedAt() : a.getOfferedAt();
			if (!at.isBefore(since)) {
				load.merge(a.getVolunteerId(), 1, Integer::sum);
			}
		}
		List<DispatchRule.Candidate> out = new ArrayList<>();
		for (Volunteer v : pool) {
			VolunteerReadiness.Readiness rd = ready.get(v.getId());
			out.add(new DispatchRule.Candidate(v.getId(), v.displayName(),
					rd != null && rd.canTake(r.getActionType()), v.getAvailability(),
					away.getOrDefault(v.getId(), List.of()), places.ofVolunteer(v), v.getMaxDistanceKm(),
					continuity.contains(v.getId()), load.getOrDefault(v.getId(), 0)));
		}
		return out;
	}

	// ---------------------------------------------------------------- answers

	/**
	 * A volunteer accepts an offer. The request's row is locked first, so two acceptances at the same instant wait in
	 * line and the second reads the first's answer.
	 * @throws MutualAidException when the offer is closed, the request already has its volunteers ("another
	 * volunteer already took it") or the volunteer may no longer take the action (e.g. an expired insurance)
	 */
	public ActionAssignment accept(UUID territoryId, UUID assignmentId, UUID volunteerId) {
		UUID requestId = assignments.requestIdOf(assignmentId)
			.orElseThrow(() -> new MutualAidException(null, "mutualaid.missions.error.unknown"));
		ActionRequest r = lock(territoryId, requestId);
		ActionAssignment a = mine(assignmentId, volunteerId);
		if (full(r)) {
			throw new MutualAidException(null, "mutualaid.missions.error.taken");
		}
		if (a.getStatus() != AssignmentStatus.OFFERED) {
			throw new MutualAidException(null, "mutualaid.missions.error.closed");
		}
		Volunteer v = volunteers.findByIdAndTerritoryId(volunteerId, territoryId)
			.orElseThrow(() -> new MutualAidException(null, "mutualaid.missions.error.unknown"));
		accepted(r, a, v, v.getUserId());
		return a;
	}

	/** Whether the request no longer waits for volunteers (confirmed, done, cancelled, or enough accepted). */
	private boolean full(ActionRequest r) {
		boolean waiting = r.getStatus() == ActionStatus.DISPATCHED || r.getStatus() == ActionStatus.UNANSWERED;
		return !waiting || assignments.countByRequestIdAndStatus(r.getId(), AssignmentStatus.ACCEPTED) >= r
			.volunteersNeeded();
	}

	private void accepted(ActionRequest r, ActionAssignment a, Volunteer v, UUID by) {
		if (full(r)) {
			throw new MutualAidException(null, "mutualaid.missions.error.taken");
		}
		long accepted = assignments.countByRequestIdAndStatus(r.getId(), AssignmentStatus.ACCEPTED);
		VolunteerReadiness.Readiness ready = readiness.of(v, mutualAid.today(r.getTerritoryId()));
		if (ready == null || !ready.canTake(r.getActionType())) {
			throw new MutualAidException(null, "mutualaid.missions.error.notReady");
		}
		Instant now = journal.now();
		a.accept(now);
		if (accepted + 1 >= r.volunteersNeeded()) {
			r.moveTo(ActionStatus.ACCEPTED, now);
			withdrawOffers(r, now);
		}
		journal.log(r, ActionLogLine.Kind.ACCEPTED, v.getId(), by, null);
	}

	/** Declines an offer; when no offer is left open and volunteers are missing, the next ones are offered it. */
	public void decline(UUID territoryId, UUID assignmentId, UUID volunteerId) {
		ActionRequest r = lockOf(territoryId, assignmentId);
		ActionAssignment a = mine(assignmentId, volunteerId);
		if (a.getStatus() != AssignmentStatus.OFFERED) {
			throw new MutualAidException(null, "mutualaid.missions.error.closed");
		}
		a.decline(journal.now());
		journal.log(r, ActionLogLine.Kind.DECLINED, volunteerId, null, null);
		boolean openOffers = !assignments.findByRequestIdAndStatus(r.getId(), AssignmentStatus.OFFERED).isEmpty();
		if (!openOffers && r.getStatus() == ActionStatus.DISPATCHED) {
			offer(r, null);
		}
	}

	/**
	 * An accepted volunteer cancels with a reason: the request is offered again to the next volunteers.
	 * @throws MutualAidException (field {@code reason}) without a reason
	 */
	public void cancelByVolunteer(UUID territoryId, UUID assignmentId, UUID volunteerId, String reason) {
		ActionRequest r = lockOf(territoryId, assignmentId);
		ActionAssignment a = mine(assignmentId, volunteerId);
		if (a.getStatus() != AssignmentStatus.ACCEPTED || !r.getStatus().open()) {
			throw new MutualAidException(null, "mutualaid.missions.error.notAccepted");
		}
		a.cancel(reason, journal.now());
		journal.log(r, ActionLogLine.Kind.VOLUNTEER_CANCELLED, volunteerId, null, reason.strip());
		offer(r, null);
	}

	/**
	 * An accepted volunteer reports: the action is done when every volunteer who accepted it reported.
	 * @throws MutualAidException (fields {@code report}, {@code minutes}) on a missing report or odd minutes
	 */
	public void report(UUID territoryId, UUID assignmentId, UUID volunteerId, String report, int minutes) {
		ActionRequest r = lockOf(territoryId, assignmentId);
		ActionAssignment a = mine(assignmentId, volunteerId);
		if (a.getStatus() != AssignmentStatus.ACCEPTED || r.getStatus() != ActionStatus.ACCEPTED) {
			throw new MutualAidException(null, "mutualaid.missions.error.notConfirmed");
		}
		a.done(report, minutes, journal.now());
		journal.log(r, ActionLogLine.Kind.REPORTED, volunteerId, null, minutes + " min");
		if (assignments.findByRequestIdAndStatus(r.getId(), AssignmentStatus.ACCEPTED).stream()
			.noneMatch(x -> !x.getId().equals(a.getId()))) {
			r.moveTo(ActionStatus.DONE, journal.now());
			journal.log(r, ActionLogLine.Kind.DONE, null, null, null);
		}
	}

	/**
	 * A volunteer who accepted the action (or did it) raises a wellbeing concern: a line on the request, the staff
	 * alerted, and the signalling medico-social partner when the territory set it so.
	 * @throws MutualAidException (fields {@code level}, {@code text})
	 */
	public Concern concern(UUID territoryId, UUID assignmentId, UUID volunteerId, ConcernLevel level, String text) {
		ActionRequest r = lockOf(territoryId, assignmentId);
		ActionAssignment a = mine(assignmentId, volunteerId);
		if (a.getStatus() != AssignmentStatus.ACCEPTED && a.getStatus() != AssignmentStatus.DONE) {
			throw new MutualAidException(null, "mutualaid.missions.error.notAccepted");
		}
		Concern c = concerns.save(new Concern(territoryId, r.getId(), volunteerId, level, text, journal.now()));
		journal.log(r, ActionLogLine.Kind.CONCERN, volunteerId, null, level.name());
		UUID partner = mutualAid.settings(territoryId).isConcernsToPartner()
				&& r.getSource() == RequestSource.PARTNER_SIGNAL ? r.getSignalledByOrganisationId() : null;
		events.publishEvent(new ConcernRaised(territoryId, r.getId(), c.getId(), r.getReference(), level.name(),
				accounts.holders(territoryId, STAFF), partner));
		return c;
	}

	/**
	 * An association answers an offer by assigning one of its members: a volunteer of the territory, linked to an
	 * account that is a member of the organisation, ready for the action. Accepted at once, with the same lock.
	 * @throws MutualAidException (field {@code volunteerId}) when the volunteer is not a ready member
	 */
	public ActionAssignment answerForAssociation(UUID territoryId, UUID requestId, UUID organisationId,
			UUID volunteerId, UUID by) {
		ActionRequest r = lock(territoryId, requestId);
		AssociationProfile p = associations.findByOrganisationIdAndTerritoryId(organisationId, territoryId)
			.filter(AssociationProfile::isActive)
			.filter(x -> x.getActionTypes().contains(r.getActionType()))
			.orElseThrow(() -> new MutualAidException(null, "mutualaid.dispatch.error.associationType"));
		Volunteer v = volunteers.findByIdAndTerritoryId(volunteerId, territoryId)
			.filter(x -> x.getUserId() != null && directory.organisationMembers(p.getOrganisationId())
				.contains(x.getUserId()))
			.orElseThrow(() -> new MutualAidException("volunteerId", "mutualaid.dispatch.error.notMember"));
		ActionAssignment a = assignments.findByRequestIdAndVolunteerId(r.getId(), v.getId()).orElse(null);
		if (a == null) {
			a = assignments.save(ActionAssignment.offer(r.getId(), v.getId(), organisationId, journal.now()));
		}
		else if (a.getStatus() == AssignmentStatus.WITHDRAWN || a.getStatus() == AssignmentStatus.DECLINED) {
			a.reoffer(journal.now());
		}
		else if (a.getStatus() != AssignmentStatus.OFFERED) {
			throw new MutualAidException("volunteerId", "mutualaid.dispatch.error.alreadyAssigned");
		}
		accepted(r, a, v, by);
		return a;
	}

	// ---------------------------------------------------------------- the desk's steps

	/**
	 * The desk cancels a request with a reason: open offers and accepted volunteers are withdrawn and told.
	 * @throws MutualAidException (field {@code reason}) without a reason, or when already closed
	 */
	public void cancel(UUID territoryId, UUID requestId, String reason, UUID by) {
		if (reason == null || reason.isBlank()) {
			throw new MutualAidException("reason", "mutualaid.requests.error.cancelReason");
		}
		ActionRequest r = lock(territoryId, requestId);
		if (!r.getStatus().open()) {
			throw new MutualAidException("reason", "mutualaid.requests.error.closed");
		}
		Instant now = journal.now();
		r.cancel(reason.strip(), now);
		withdraw(r, now, EnumSet.of(AssignmentStatus.OFFERED, AssignmentStatus.ACCEPTED));
		journal.log(r, ActionLogLine.Kind.CANCELLED, null, by, reason.strip());
	}

	/** The desk asks two volunteers for a request not yet confirmed. */
	public void requireTwoPersons(UUID territoryId, UUID requestId, UUID by) {
		ActionRequest r = lock(territoryId, requestId);
		if (!r.getStatus().open() || r.getStatus() == ActionStatus.ACCEPTED) {
			throw new MutualAidException("status", "mutualaid.requests.error.twoPersonTooLate");
		}
		if (!r.isTwoPerson()) {
			r.details(r.getPlace(), r.getNotes(), true);
			journal.log(r, ActionLogLine.Kind.TWO_PERSON, null, by, null);
		}
	}

	// ---------------------------------------------------------------- jobs

	/**
	 * Requests dispatched longer ago than the territory's acceptance delay without enough acceptances go back to the
	 * desk: unanswered, open offers withdrawn, the staff alerted. Returns how many went back.
	 */
	public int expire(Instant now) {
		int count = 0;
		for (ActionRequest candidate : requests.findByStatus(ActionStatus.DISPATCHED)) {
			int hours = mutualAid.settings(candidate.getTerritoryId()).getAcceptanceDelayHours();
			if (candidate.getDispatchedAt() == null
					|| candidate.getDispatchedAt().plus(Duration.ofHours(hours)).isAfter(now)) {
				continue;
			}
			if (unanswered(candidate.getId(), now, hours)) {
				count++;
			}
		}
		return count;
	}

	/** One dispatched request back to the desk (the job, and the demo's unanswered request). */
	public boolean unanswered(UUID requestId, Instant now, int hours) {
		ActionRequest r = requests.lockById(requestId).orElseThrow();
		if (r.getStatus() != ActionStatus.DISPATCHED) {
			return false;
		}
		r.moveTo(ActionStatus.UNANSWERED, now);
		withdraw(r, now, EnumSet.of(AssignmentStatus.OFFERED));
		journal.log(r, ActionLogLine.Kind.UNANSWERED, null, null, String.valueOf(hours));
		events.publishEvent(new ActionUnanswered(r.getTerritoryId(), r.getId(), r.getReference(),
				r.getDispatchRound(), accounts.holders(r.getTerritoryId(), STAFF)));
		return true;
	}

	/**
	 * The day before a dated action (ON_DATE, EXACT, the first day of a WEEKLY one), in the territory's time zone,
	 * each volunteer who accepted it is reminded once. Returns how many were reminded.
	 */
	public int remind(Instant now) {
		int count = 0;
		for (ActionRequest r : requests.findByStatus(ActionStatus.ACCEPTED)) {
			if (r.getWhenKind().days() > 0 || r.getOnDate() == null) {
				continue;
			}
			LocalDate tomorrow = now.atZone(mutualAid.zone(r.getTerritoryId())).toLocalDate().plusDays(1);
			if (!r.getOnDate().equals(tomorrow)) {
				continue;
			}
			ActionNotice notice = null;
			for (ActionAssignment a : assignments.findByRequestIdAndStatus(r.getId(), AssignmentStatus.ACCEPTED)) {
				if (a.getReminderSentAt() != null) {
					continue;
				}
				Volunteer v = volunteers.findById(a.getVolunteerId()).orElse(null);
				if (v == null) {
					continue;
				}
				notice = notice != null ? notice : notice(r, places.of(r));
				a.reminded(now);
				events.publishEvent(new MissionReminderDue(r.getTerritoryId(), r.getId(), a.getId(), notice,
						contact(v)));
				count++;
			}
		}
		return count;
	}

	// ---------------------------------------------------------------- helpers

	private void withdrawOffers(ActionRequest r, Instant now) {
		withdraw(r, now, EnumSet.of(AssignmentStatus.OFFERED));
	}

	private void withdraw(ActionRequest r, Instant now, Set<AssignmentStatus> which) {
		for (ActionAssignment a : assignments.findByRequestIdOrderByOfferedAt(r.getId())) {
			if (!which.contains(a.getStatus())) {
				continue;
			}
			a.withdraw(now);
			journal.log(r, ActionLogLine.Kind.WITHDRAWN, a.getVolunteerId(), null, null);
			volunteers.findById(a.getVolunteerId())
				.ifPresent(v -> events.publishEvent(new ActionOfferWithdrawn(r.getTerritoryId(), r.getId(),
						a.getId(), r.getReference(), contact(v))));
		}
	}

	private ActionRequest lock(UUID territoryId, UUID requestId) {
		ActionRequest r = requests.lockById(requestId)
			.orElseThrow(() -> new MutualAidException(null, "mutualaid.missions.error.unknown"));
		if (!r.getTerritoryId().equals(territoryId)) {
			throw new MutualAidException(null, "mutualaid.missions.error.unknown");
		}
		return r;
	}

	private ActionRequest lockOf(UUID territoryId, UUID assignmentId) {
		return lock(territoryId, assignments.requestIdOf(assignmentId)
			.orElseThrow(() -> new MutualAidException(null, "mutualaid.missions.error.unknown")));
	}

	private ActionAssignment mine(UUID assignmentId, UUID volunteerId) {
		return assignments.findById(assignmentId)
			.filter(a -> a.getVolunteerId().equals(volunteerId))
			.orElseThrow(() -> new MutualAidException(null, "mutualaid.missions.error.unknown"));
	}

	static ActionNotice notice(ActionRequest r, PersonPlaces.Place place) {
		return new ActionNotice(r.getReference(), r.getActionType(), r.getWhenKind(), r.getOnDate(), r.getDayPart(),
				r.getExactTime(), place.commune());
	}

	static VolunteerContact contact(Volunteer v) {
		return new VolunteerContact(v.getId(), v.getUserId(), v.getEmail(), v.displayName(), v.getLanguage(),
				v.getPhone());
	}

	/** What a volunteer may know of a request before accepting it (type, when, commune). */
	@Transactional(readOnly = true)
	public ActionNotice notice(ActionRequest r) {
		return notice(r, places.of(r));
	}

	/** Every volunteer's part in a request, in the order they were offered it. */
	@Transactional(readOnly = true)
	public List<ActionAssignment> assignmentsOf(UUID requestId) {
		return assignments.findByRequestIdOrderByOfferedAt(requestId);
	}

	/** A volunteer's offers and missions, newest first. */
	@Transactional(readOnly = true)
	public List<ActionAssignment> assignmentsOfVolunteer(UUID volunteerId) {
		return assignments.findByVolunteerIdOrderByOfferedAtDesc(volunteerId);
	}

	/** The concerns raised about a request, newest first. */
	@Transactional(readOnly = true)
	public List<Concern> concernsOf(UUID requestId) {
		return concerns.findByRequestIdOrderByCreatedAtDesc(requestId);
	}

	/** The volunteers who were asked (any status), to show them on the request's page. */
	@Transactional(readOnly = true)
	public Map<UUID, Volunteer> volunteersOf(List<ActionAssignment> list) {
		Set<UUID> ids = new HashSet<>();
		list.forEach(a -> ids.add(a.getVolunteerId()));
		Map<UUID, Volunteer> out = new HashMap<>();
		volunteers.findAllById(ids).forEach(v -> out.put(v.getId(), v));
		return out;
	}

}
