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

	ActionRequests(ActionRequestRepository requests, ActionReferences references, ActionJournal journal,
			People people, MutualAid mutualAid, TerritoryCatalog territories) {
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
		if (personId == null || people.read(territoryId, personId).isEmpty()) {
			throw new MutualAidException("person", "mutualaid.requests.error.person");
		}
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
