package org.relais.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LiaisonField;
import org.relais.directory.ServiceEligibility;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.ConsentSummary;
import org.relais.people.People;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.referral.domain.LiaisonCheck;
import org.relais.referral.domain.Referral;
import org.relais.referral.domain.ReferralAttachments;
import org.relais.referral.domain.ReferralRepository;
import org.relais.referral.domain.ReferralTransition;
import org.relais.referral.domain.ReferralTransitionRepository;
import org.relais.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals (orientations): an agent sends a person to a service with the person's consent; the receiving
 * organisation accepts, refuses, waitlists and completes it; the sender may withdraw it; the system expires it.
 * Every move is checked against the state it leaves, written to the history and published
 * ({@link ReferralSent}, {@link ReferralStatusChanged}).
 *
 * <p>
 * Who sees a referral: the agents, coordinators and admins of its territory (the sender side), and the members of
 * the receiving organisation working in that territory. Anybody else gets {@link NotFoundException}.
 */
@Service
public class Referrals {

	/** Roles of the sender side. */
	static final Role[] SENDER_ROLES = { Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN };

	public static final String CONSENT_PURPOSE = "referral:";

	private final ReferralRepository referrals;

	private final ReferralTransitionRepository transitions;

	private final ReferralAttachments attachments;

	private final DirectoryCatalog directory;

	private final People people;

	private final Matching matching;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration remindAfter;

	Referrals(ReferralRepository referrals, ReferralTransitionRepository transitions, ReferralAttachments attachments,
			DirectoryCatalog directory, People people, Matching matching, ApplicationEventPublisher events,
			Clock clock, @Value("${relais.referral.reminder-days:10}") int reminderDays) {
		this.referrals = referrals;
		this.transitions = transitions;
		this.attachments = attachments;
		this.directory = directory;
		this.people = people;
		this.matching = matching;
		this.events = events;
		this.clock = clock;
		this.remindAfter = Duration.ofDays(reminderDays);
	}

	/** The referral made, and whether it existed already (the same form sent twice). */
	public record Created(ReferralSummary referral, boolean existing) {
	}

	/** Whether this user may send referrals in their current territory. */
	public static boolean maySend(RelaisPrincipal user) {
		return user != null && user.currentTerritoryId() != null && user.hasAny(SENDER_ROLES);
	}

	/** A published service of the territory a person can be referred to. */
	@Transactional(readOnly = true)
	public Optional<ServiceEligibility> service(UUID territoryId, UUID serviceId) {
		return directory.eligibility(territoryId).stream().filter(s -> s.serviceId().equals(serviceId)).findFirst();
	}

	/** The questions of the service's liaison form (empty for a service of another territory). */
	@Transactional(readOnly = true)
	public List<LiaisonField> liaisonForm(UUID territoryId, UUID serviceId) {
		return directory.liaisonForm(territoryId, serviceId).orElse(List.of());
	}

	/** Why matching excludes the service for the person (empty: the service can take them). */
	public List<Exclusion> exclusions(BeneficiaryRecord person, ServiceEligibility service) {
		return matching.match(person.territoryId(), matching.profileOf(person), service.needs(), null)
			.excluded()
			.stream()
			.filter(e -> e.service().serviceId().equals(service.serviceId()))
			.findFirst()
			.map(MatchResult.Excluded::reasons)
			.orElse(List.of());
	}

	/**
	 * Sends a referral from the user's current territory: records the consent, the referral, its first history
	 * line and its attachments, and publishes {@link ReferralSent} — all or nothing. The same idempotency key gives
	 * the referral made the first time.
	 *
	 * @throws ReferralActionRefused without a consent, without a justification for an excluded service, or with
	 * answers the liaison form does not take
	 * @throws org.relais.platform.StoredFiles.FileRejectedException when an attachment is refused
	 * @throws org.springframework.dao.DataIntegrityViolationException when the same token is being used by a
	 * concurrent request (which makes the referral: ask again)
	 */
	@Transactional
	public Created create(RelaisPrincipal by, NewReferral form) {
		if (!maySend(by)) {
			throw new AccessDeniedException("only agents, coordinators and admins send referrals");
		}
		UUID territoryId = by.currentTerritoryId();
		if (form.idempotencyKey() == null || form.idempotencyKey().isBlank() || form.idempotencyKey().length() > 64) {
			throw new IllegalArgumentException("a referral needs its form's token");
		}
		Optional<Referral> existing = referrals.findByTerritoryIdAndIdempotencyKey(territoryId, form.idempotencyKey());
		if (existing.isPresent()) {
			return new Created(summary(existing.get()), true);
		}
		ServiceEligibility service = service(territoryId, form.serviceId())
			.orElseThrow(() -> NotFoundException.of("service", form.serviceId()));
		BeneficiaryRecord person = people.read(territoryId, form.beneficiaryId())
			.orElseThrow(() -> NotFoundException.of("person", form.beneficiaryId()));
		if (form.consentMethod() == null) {
			throw ReferralActionRefused.consentRequired();
		}
		List<Exclusion> excluded = exclusions(person, service);
		if (!excluded.isEmpty() && (form.justification() == null || form.justification().isBlank())) {
			throw ReferralActionRefused.justificationRequired();
		}
		if (form.justification() != null && form.justification().strip().length() > Referral.MAX_MESSAGE) {
			throw ReferralActionRefused.messageTooLong();
		}
		List<LiaisonField> questions = liaisonForm(territoryId, service.serviceId());
		if (!LiaisonCheck.errors(questions, form.answers()).isEmpty()) {
			throw ReferralActionRefused.answersInvalid();
		}
		ConsentSummary consent = people.recordConsent(territoryId, person.id(),
				CONSENT_PURPOSE + service.serviceId(), form.consentMethod(), by.userId());
		Instant now = clock.instant();
		Referral r = new Referral(territoryId, person.id(), service.serviceId(), service.names(),
				service.organisationId(), service.organisationName(), by.userId(), by.displayName(),
				form.idempotencyKey().strip(), now, remindAfter);
		Set<SharedField> shared = new LinkedHashSet<>(SharedField.DEFAULT);
		shared.retainAll(form.sharedFields());
		r.describe(limit(form.reason(), Referral.MAX_REASON), form.preferredContact(),
				limit(form.availability(), Referral.MAX_AVAILABILITY), LiaisonCheck.answers(questions, form.answers()),
				shared, consent.id());
		r.sentDespite(Set.copyOf(excluded), excluded.isEmpty() ? null : form.justification());
		Set<UUID> own = directory.memberOrganisations(by.userId());
		r.sentFrom(own.size() == 1 ? own.iterator().next() : null, senderRole(by));
		// flushed now: the same form sent twice at once fails here on the token's unique key, before any file
		referrals.saveAndFlush(r);
		transitions.save(r.sending());
		attachments.store(r, form.attachments(), by.userId(), now);
		events.publishEvent(new ReferralSent(r.getId(), territoryId, r.getServiceId(), r.getServiceNames(),
				r.getOrganisationId(), r.getOrganisationName(), r.getSentBy(), r.getSenderName(), now));
		return new Created(summary(r), false);
	}

	/** The referral if this user may see it, else empty (which pages answer with 404). */
	@Transactional(readOnly = true)
	public Optional<ReferralDetails> find(UUID id, RelaisPrincipal viewer) {
		return visible(id, viewer).map(Referrals::details);
	}

	/** What this user may do with a referral they see. */
	@Transactional(readOnly = true)
	public ReferralAccess access(ReferralDetails referral, RelaisPrincipal viewer) {
		return access(referral.summary().territoryId(), referral.summary().organisationId(), viewer);
	}

	/**
	 * The referral as the receiving organisation sees it, for an answer without an account (a signed link checked
	 * by the caller): empty unless the referral was sent to that organisation.
	 */
	@Transactional(readOnly = true)
	public Optional<ReferralDetails> findForOrganisation(UUID id, UUID organisationId) {
		return referrals.findById(id).filter(r -> r.getOrganisationId().equals(organisationId)).map(Referrals::details);
	}

	/** The referrals of a person in a territory, newest first (for the pathway: no text, only where each stands). */
	@Transactional(readOnly = true)
	public List<ReferralSummary> forPerson(UUID territoryId, UUID beneficiaryId) {
		return referrals.findByTerritoryIdAndBeneficiaryIdOrderBySentAtDesc(territoryId, beneficiaryId)
			.stream()
			.map(Referrals::summary)
			.toList();
	}

	/** The history of a referral the caller could see, oldest first. */
	@Transactional(readOnly = true)
	public List<ReferralTransitionView> history(ReferralDetails referral) {
		return transitions.findByReferralIdOrderByAtAscIdAsc(referral.id())
			.stream()
			.map(ReferralTransition::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ReferralAttachmentView> attachments(ReferralDetails referral) {
		return attachments.list(referral.id());
	}

	/** An attachment of a referral the caller could see, with its stored file; empty once deleted. */
	@Transactional(readOnly = true)
	public Optional<AttachmentDownload> attachment(ReferralDetails referral, UUID attachmentId) {
		return attachments.download(referral.id(), attachmentId);
	}

	/**
	 * A move asked by a user: the receiving organisation's members answer, the sender side withdraws.
	 *
	 * @throws NotFoundException when the user cannot see the referral
	 * @throws ReferralActionRefused when the move is not theirs or not open from the current state
	 */
	@Transactional
	public ReferralSummary act(UUID id, RelaisPrincipal by, ReferralAction action) {
		Referral r = visible(id, by).orElseThrow(() -> NotFoundException.of("referral", id));
		ReferralAccess access = access(r.getTerritoryId(), r.getOrganisationId(), by);
		if (action.kind().byReceiver() ? !access.receiver() : !access.sender()) {
			throw ReferralActionRefused.notYourSide();
		}
		return apply(r, action, by.userId(), by.displayName());
	}

	/** A move of the receiving organisation made without an account (through a signed link checked by the caller). */
	@Transactional
	public ReferralSummary actForOrganisation(UUID id, UUID organisationId, String actorName, ReferralAction action) {
		Referral r = referrals.findById(id)
			.filter(x -> x.getOrganisationId().equals(organisationId))
			.orElseThrow(() -> NotFoundException.of("referral", id));
		if (!action.kind().byReceiver()) {
			throw ReferralActionRefused.notYourSide();
		}
		return apply(r, action, null, actorName);
	}

	/**
	 * Expires a referral still waiting for an answer (the expiry job decides when). Returns the referral, or empty
	 * when it is no longer {@link ReferralStatus#SENT} (already answered: nothing to do).
	 */
	@Transactional
	public Optional<ReferralSummary> expire(UUID id, Instant at) {
		Referral r = referrals.findById(id).orElseThrow(() -> NotFoundException.of("referral", id));
		if (r.getStatus() != ReferralStatus.SENT) {
			return Optional.empty();
		}
		record(r, r.expire(at));
		return Optional.of(summary(r));
	}

	/** Blanks the texts written about a person in their referrals and deletes the attachments (anonymisation). */
	@Transactional
	public int clearPersonalTexts(UUID beneficiaryId) {
		List<Referral> found = referrals.findByBeneficiaryId(beneficiaryId);
		List<UUID> ids = new ArrayList<>();
		for (Referral r : found) {
			r.clearPersonalTexts();
			ids.add(r.getId());
		}
		transitions.findByReferralIdIn(ids).forEach(ReferralTransition::clearMessage);
		attachments.deleteAll(ids, clock.instant());
		return found.size();
	}

	/** Deletes a person's referrals, their history and attachments (erasure). */
	@Transactional
	public int deleteForPerson(UUID beneficiaryId) {
		List<Referral> found = referrals.findByBeneficiaryId(beneficiaryId);
		List<UUID> ids = found.stream().map(Referral::getId).toList();
		attachments.deleteAll(ids, clock.instant());
		attachments.forget(ids);
		transitions.deleteAllInBatch(transitions.findByReferralIdIn(ids));
		referrals.deleteAllInBatch(found);
		return found.size();
	}

	private ReferralSummary apply(Referral r, ReferralAction a, UUID by, String byName) {
		Instant now = clock.instant();
		ReferralTransition t = switch (a.kind()) {
			case ACCEPT -> r.accept(by, byName, a.message(), now);
			case REFUSE -> r.refuse(a.refusalReason(), by, byName, a.message(), now);
			case WAITLIST -> r.waitlist(by, byName, a.message(), now);
			case COMPLETE -> r.complete(a.outcome(), by, byName, a.message(), now);
			case WITHDRAW -> r.withdraw(by, byName, a.message(), now);
		};
		record(r, t);
		return summary(r);
	}

	private void record(Referral r, ReferralTransition t) {
		transitions.save(t);
		referrals.save(r);
		events.publishEvent(new ReferralStatusChanged(t.getId(), r.getId(), r.getTerritoryId(), r.getServiceId(),
				r.getServiceNames(), r.getOrganisationId(), r.getOrganisationName(), r.getSentBy(), t.getActorId(),
				t.getActorName(), t.getFromStatus(), t.getToStatus(), t.getReasonCode(), t.getAt()));
	}

	private Optional<Referral> visible(UUID id, RelaisPrincipal viewer) {
		if (id == null || viewer == null || viewer.currentTerritoryId() == null) {
			return Optional.empty();
		}
		return referrals.findByIdAndTerritoryId(id, viewer.currentTerritoryId()).filter(r -> {
			ReferralAccess a = access(r.getTerritoryId(), r.getOrganisationId(), viewer);
			return a.sender() || a.receiver();
		});
	}

	private ReferralAccess access(UUID territoryId, UUID organisationId, RelaisPrincipal viewer) {
		if (viewer == null || !territoryId.equals(viewer.currentTerritoryId())) {
			return new ReferralAccess(false, false);
		}
		boolean sender = viewer.hasAny(SENDER_ROLES);
		boolean receiver = directory.memberOrganisations(viewer.userId()).contains(organisationId);
		return new ReferralAccess(receiver, sender);
	}

	private static String senderRole(RelaisPrincipal by) {
		for (Role r : SENDER_ROLES) {
			if (by.has(r)) {
				return r.name();
			}
		}
		return null;
	}

	private static String limit(String text, int max) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		if (t.length() > max) {
			throw ReferralActionRefused.messageTooLong();
		}
		return t;
	}

	static ReferralSummary summary(Referral r) {
		return new ReferralSummary(r.getId(), r.getTerritoryId(), r.getBeneficiaryId(), r.getServiceId(),
				r.getServiceNames(), r.getOrganisationId(), r.getOrganisationName(), r.getSentBy(), r.getSenderName(),
				r.getStatus(), r.getRefusalReason(), r.getOutcome(), r.getSentAt(), r.getLastChangeAt(),
				r.getAnsweredAt(), r.getClosedAt());
	}

	static ReferralDetails details(Referral r) {
		return new ReferralDetails(summary(r), r.getReason(), r.getPreferredContact(), r.getAvailability(),
				r.getAnswers(), r.getSharedFields(), r.getJustification(), r.getExclusions(), r.getConsentId());
	}

}
