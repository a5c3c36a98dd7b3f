package org.relais.mutualaid.action;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.DayPart;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.RequestSource;
import org.relais.mutualaid.WhenKind;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.BeneficiarySummary;
import org.relais.people.ConsentMethod;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.territory.TerritoryCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking action requests: one way for the desk, the agents and the medico-social partners. Everything is checked
 * before anything is written (the person of the territory, the type, a date when the choice needs one and not in the
 * past, a time for an exact time, lengths); two-person defaults to the territory's setting for home visits.
 */
@Service
public class ActionRequests {

	/** Where a new request comes from and who took it. */
	public record Origin(RequestSource source, UUID createdBy, UUID deskRequestId, UUID signalledByOrganisationId) {

		public static Origin agent(UUID by) {
			return new Origin(RequestSource.AGENT, by, null, null);
		}

	}

	private final ActionRequestRepository requests;

	private final ActionReferences references;

	private final ActionJournal journal;

	private final People people;

	private final MutualAid mutualAid;

	private final TerritoryCatalog territories;

	private final ActionPlaceRepository places;

	ActionRequests(ActionRequestRepository requests, ActionReferences references, ActionJournal journal,
			People people, MutualAid mutualAid, TerritoryCatalog territories, ActionPlaceRepository places) {
		this.places = places;
		this.requests = requests;
		this.references = references;
		this.journal = journal;
		this.people = people;
		this.mutualAid = mutualAid;
		this.territories = territories;
	}

	/**
	 * Takes a request for a person of the territory.
	 * @throws MutualAidException (fields of {@link ActionDetails}, or {@code person}) before anything is written
	 */
	@Transactional
	public ActionRequest create(UUID territoryId, UUID personId, ActionDetails d, Origin origin) {
		BeneficiaryRecord person = (personId == null ? Optional.<BeneficiaryRecord>empty()
				: people.read(territoryId, personId))
			.orElseThrow(() -> new MutualAidException("person", "mutualaid.requests.error.person"));
		LocalDate today = mutualAid.today(territoryId);
		check(d, today);
		WhenKind kind = d.whenKind();
		LocalDate onDate = kind.days() > 0 ? today : d.date();
		DayPart part = kind == WhenKind.EXACT ? DayPart.of(d.time()) : d.dayPart();
		boolean pair = d.twoPerson() != null ? d.twoPerson()
				: d.actionType().homeVisit() && mutualAid.settings(territoryId).isTwoPersonHomeVisits();
		String language = territories.find(territoryId).map(t -> t.defaultLanguage()).orElse("fr");
		ActionRequest r = new ActionRequest(territoryId, references.next(territoryId, language), personId,
				d.actionType(), origin.source(), origin.createdBy(), journal.now());
		r.when(kind, onDate, part, kind == WhenKind.EXACT ? d.time() : null, null);
		r.details(d.place(), d.notes(), pair);
		if (origin.deskRequestId() != null) {
			r.linkDesk(origin.deskRequestId());
		}
		if (origin.signalledByOrganisationId() != null) {
			r.signalledBy(origin.signalledByOrganisationId());
		}
		requests.save(r);
		places.save(new ActionPlace(r.getId(), person.postalCode(), person.communeCode()));
		people.touch(territoryId, personId);
		journal.log(r, ActionLogLine.Kind.CREATED, null, origin.createdBy(), null);
		return r;
	}

	/** The rules of "when" and the lengths, before anything is written. */
	static void check(ActionDetails d, LocalDate today) {
		WhenKind kind = d.whenKind();
		boolean dated = kind == WhenKind.ON_DATE || kind == WhenKind.EXACT || kind == WhenKind.WEEKLY;
		if (dated && d.date() == null) {
			throw new MutualAidException(ActionDetails.DATE, "mutualaid.requests.error.dateRequired");
		}
		if (dated && d.date().isBefore(today)) {
			throw new MutualAidException(ActionDetails.DATE, "mutualaid.requests.error.datePast");
		}
		if (dated && d.date().isAfter(today.plusYears(1))) {
			throw new MutualAidException(ActionDetails.DATE, "mutualaid.requests.error.dateFar");
		}
		if (kind == WhenKind.EXACT && d.time() == null) {
			throw new MutualAidException(ActionDetails.TIME, "mutualaid.requests.error.timeRequired");
		}
		if (d.place() != null && d.place().length() > ActionDetails.MAX_PLACE) {
			throw new MutualAidException(ActionDetails.PLACE, "mutualaid.requests.error.placeTooLong",
					ActionDetails.MAX_PLACE);
		}
		if (d.notes() != null && d.notes().length() > ActionDetails.MAX_NOTES) {
			throw new MutualAidException(ActionDetails.NOTES, "mutualaid.requests.error.notesTooLong",
					ActionDetails.MAX_NOTES);
		}
	}

	/**
	 * A medico-social partner signals a need: the person is found (a likely duplicate of the same birth year) or
	 * created, their consent recorded, and the request taken as NEW for the desk to check and dispatch.
	 * @throws MutualAidException (fields {@code firstName}, {@code lastName}, {@code birthYear}, {@code phone},
	 * {@code postalCode}, {@code consent} and those of {@link ActionDetails}) before anything is written
	 */
	@Transactional
	public ActionRequest signal(UUID territoryId, UUID organisationId, NewBeneficiary person, boolean consent,
			ActionDetails d, UUID by) {
		checkPerson(person, mutualAid.today(territoryId).getYear());
		if (!consent) {
			throw new MutualAidException("consent", "mutualaid.signal.error.consent");
		}
		check(d, mutualAid.today(territoryId));
		UUID personId = people.likelyDuplicates(territoryId, person)
			.stream()
			.filter(p -> p.birthYear() != null && p.birthYear().equals(person.birthYear()))
			.map(BeneficiarySummary::id)
			.findFirst()
			.orElseGet(() -> people.create(territoryId, person, by).id());
		people.recordConsent(territoryId, personId, CONSENT_PURPOSE, ConsentMethod.ORAL, by);
		return create(territoryId, personId, d,
				new Origin(RequestSource.PARTNER_SIGNAL, by, null, organisationId));
	}

	/** The purpose of the consent a partner records when signalling a need. */
	public static final String CONSENT_PURPOSE = "mutualaid";

	private static void checkPerson(NewBeneficiary p, int year) {
		if (p.firstName() == null || p.firstName().isBlank() || p.firstName().length() > 100) {
			throw new MutualAidException("firstName", "mutualaid.signal.error.firstName");
		}
		if (p.lastName() == null || p.lastName().isBlank() || p.lastName().length() > 100) {
			throw new MutualAidException("lastName", "mutualaid.signal.error.lastName");
		}
		if (p.birthYear() == null || p.birthYear() < year - 120 || p.birthYear() > year) {
			throw new MutualAidException("birthYear", "mutualaid.signal.error.birthYear");
		}
		if (p.phone() != null && (p.phone().length() > 40 || !p.phone().matches("[0-9+ ().\\-/]{6,40}"))) {
			throw new MutualAidException("phone", "mutualaid.signal.error.phone");
		}
		if (p.postalCode() == null || !p.postalCode().matches("[0-9A-Za-z -]{3,10}")) {
			throw new MutualAidException("postalCode", "mutualaid.signal.error.postalCode");
		}
	}

	/** The requests a partner's organisations signalled, newest first. */
	@Transactional(readOnly = true)
	public List<ActionRequest> signalledBy(UUID territoryId, java.util.Collection<UUID> organisations) {
		return organisations.isEmpty() ? List.of()
				: requests.findByTerritoryIdAndSignalledByOrganisationIdInOrderByCreatedAtDesc(territoryId,
						organisations);
	}

	/** Checks typed details without writing (the agent's form shows every refusal before anything is taken). */
	public void validate(UUID territoryId, ActionDetails d) {
		check(d, mutualAid.today(territoryId));
	}

	@Transactional(readOnly = true)
	public Optional<ActionRequest> find(UUID territoryId, UUID id) {
		return id == null ? Optional.empty() : requests.findByIdAndTerritoryId(id, territoryId);
	}

	@Transactional(readOnly = true)
	public List<ActionRequest> ofTerritory(UUID territoryId) {
		return requests.findByTerritoryIdOrderByCreatedAtDesc(territoryId);
	}

	@Transactional(readOnly = true)
	public List<ActionRequest> open(UUID territoryId) {
		return requests.findByTerritoryIdAndStatusInOrderByCreatedAtDesc(territoryId,
				EnumSet.of(ActionStatus.NEW, ActionStatus.DISPATCHED, ActionStatus.UNANSWERED, ActionStatus.ACCEPTED));
	}

	@Transactional(readOnly = true)
	public List<ActionLogLine> history(UUID requestId) {
		return journal.history(requestId);
	}

}
