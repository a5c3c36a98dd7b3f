package org.relais.mutualaid.action;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.people.BeneficiaryAnonymised;
import org.relais.people.BeneficiaryErased;
import org.relais.referral.PathwayContributor;
import org.relais.referral.PathwayEntry;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where a person's life cycle reaches their mutual-aid actions: one pathway line per request (kind {@code action},
 * agents only) with its status and, once accepted, the first names of the volunteers; on erasure the requests go
 * (their assignments, history and concerns with them); on anonymisation the place, notes, reports, concerns' texts
 * and history notes are cleared.
 */
@Component
class ActionsOfAPerson implements PathwayContributor {

	private static final List<AssignmentStatus> TAKEN = List.of(AssignmentStatus.ACCEPTED, AssignmentStatus.DONE);

	private final ActionRequestRepository requests;

	private final ActionAssignmentRepository assignments;

	private final ActionLogRepository lines;

	private final ConcernRepository concerns;

	private final VolunteerRepository volunteers;

	private final ActionPlaceRepository places;

	ActionsOfAPerson(ActionRequestRepository requests, ActionAssignmentRepository assignments,
			ActionLogRepository lines, ConcernRepository concerns, VolunteerRepository volunteers,
			ActionPlaceRepository places) {
		this.places = places;
		this.requests = requests;
		this.assignments = assignments;
		this.lines = lines;
		this.concerns = concerns;
		this.volunteers = volunteers;
	}

	@Override
	public List<PathwayEntry> entries(UUID territoryId, UUID beneficiaryId) {
		List<PathwayEntry> out = new ArrayList<>();
		for (ActionRequest r : requests.findByPersonIdOrderByCreatedAtDesc(beneficiaryId)) {
			if (!r.getTerritoryId().equals(territoryId)) {
				continue;
			}
			List<String> names = assignments.findByRequestIdOrderByOfferedAt(r.getId())
				.stream()
				.filter(a -> TAKEN.contains(a.getStatus()))
				.map(a -> volunteers.findById(a.getVolunteerId()).map(Volunteer::getFirstName).orElse(""))
				.filter(n -> !n.isEmpty())
				.toList();
			boolean named = !names.isEmpty();
			List<String> args = new ArrayList<>(List.of(r.getReference(), r.getActionType().name()));
			if (named) {
				args.add(String.join(", ", names));
			}
			out.add(new PathwayEntry(r.getCreatedAt(), "action",
					named ? "mutualaid.requests.pathway.withVolunteer." + r.getActionType().name()
							: "mutualaid.requests.pathway.title." + r.getActionType().name(),
					args, "mutualaid.request.status." + r.getStatus().name(), null, "/mutualaid/requests/" + r.getId(),
					null));
		}
		return out;
	}

	@ApplicationModuleListener
	void on(BeneficiaryErased event) {
		erase(event.beneficiaryId());
	}

	@ApplicationModuleListener
	void on(BeneficiaryAnonymised event) {
		anonymise(event.beneficiaryId());
	}

	void erase(UUID personId) {
		for (ActionRequest r : requests.findByPersonIdOrderByCreatedAtDesc(personId)) {
			concerns.deleteAll(concerns.findByRequestIdOrderByCreatedAtDesc(r.getId()));
			lines.deleteAll(lines.findByRequestIdOrderByAtAscIdAsc(r.getId()));
			assignments.deleteAll(assignments.findByRequestIdOrderByOfferedAt(r.getId()));
			places.deleteById(r.getId());
			requests.delete(r);
		}
	}

	void anonymise(UUID personId) {
		for (ActionRequest r : requests.findByPersonIdOrderByCreatedAtDesc(personId)) {
			r.anonymise();
			places.findById(r.getId()).ifPresent(places::delete);
			concerns.findByRequestIdOrderByCreatedAtDesc(r.getId()).forEach(Concern::clear);
			lines.findByRequestIdOrderByAtAscIdAsc(r.getId()).forEach(ActionLogLine::clearNote);
			assignments.findByRequestIdOrderByOfferedAt(r.getId()).forEach(ActionAssignment::clearReport);
		}
	}

}
