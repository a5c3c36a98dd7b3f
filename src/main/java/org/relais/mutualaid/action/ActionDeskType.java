package org.relais.mutualaid.action;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.relais.desk.DeskContext;
import org.relais.desk.DeskField;
import org.relais.desk.DeskOutcome;
import org.relais.desk.DeskRequestRejected;
import org.relais.desk.DeskRequestType;
import org.relais.desk.DeskStatus;
import org.relais.desk.DeskSubmission;
import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.DayPart;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.RequestSource;
import org.relais.mutualaid.WhenKind;
import org.relais.mutualaid.dispatch.Dispatcher;
import org.relais.mutualaid.settings.MutualAid;
import org.springframework.stereotype.Component;

/**
 * "Mutual-aid action" at the desk: the action type (a visit by default), when (within 7 days by default), a date
 * when the choice needs one, the part of the day, a time for an exact time, the place (empty: the person's home),
 * notes (door code…) and two-person (the territory's default for home visits). For a known person: the person, the
 * type, submit — the action type is one more click when it is not a visit. The request is dispatched at once; the
 * desk request follows it (accepted: in progress, done, cancelled; unanswered: a note).
 */
@Component
class ActionDeskType implements DeskRequestType {

	private final ActionRequests requests;

	private final Dispatcher dispatcher;

	private final MutualAid mutualAid;

	ActionDeskType(ActionRequests requests, Dispatcher dispatcher, MutualAid mutualAid) {
		this.requests = requests;
		this.dispatcher = dispatcher;
		this.mutualAid = mutualAid;
	}

	@Override
	public String code() {
		return "action";
	}

	@Override
	public String labelKey() {
		return "mutualaid.desk.label";
	}

	@Override
	public String hintKey() {
		return "mutualaid.desk.hint";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<DeskField> fields(DeskContext context) {
		boolean pairs = mutualAid.settings(context.territoryId()).isTwoPersonHomeVisits();
		return List.of(
				new DeskField(ActionDetails.ACTION_TYPE, "mutualaid.requests.field.actionType", DeskField.Kind.CHOICE,
						options(ActionType.values(), "mutualaid.action."), ActionType.VISIT.name(), true, null),
				new DeskField(ActionDetails.WHEN, "mutualaid.requests.field.when", DeskField.Kind.CHOICE,
						options(WhenKind.values(), "mutualaid.when."), WhenKind.WITHIN_7.name(), true, null),
				new DeskField(ActionDetails.DATE, "mutualaid.requests.field.date", DeskField.Kind.DATE, List.of(), null,
						false, "mutualaid.requests.field.dateHint"),
				new DeskField(ActionDetails.DAY_PART, "mutualaid.requests.field.dayPart", DeskField.Kind.CHOICE,
						dayParts(), ActionDetails.ANY, false, null),
				new DeskField(ActionDetails.TIME, "mutualaid.requests.field.time", DeskField.Kind.TEXT, List.of(), null,
						false, "mutualaid.requests.field.timeHint"),
				new DeskField(ActionDetails.PLACE, "mutualaid.requests.field.place", DeskField.Kind.TEXT, List.of(), null,
						false, "mutualaid.requests.field.placeHint"),
				new DeskField(ActionDetails.NOTES, "mutualaid.requests.field.notes", DeskField.Kind.TEXTAREA, List.of(),
						null, false, "mutualaid.requests.field.notesHint"),
				new DeskField(ActionDetails.TWO_PERSON, "mutualaid.requests.field.twoPerson", DeskField.Kind.CHOICE,
						List.of(new DeskField.Option("yes", "mutualaid.requests.yes"),
								new DeskField.Option("no", "mutualaid.requests.no")),
						pairs ? "yes" : "no", false, "mutualaid.requests.field.twoPersonHint"));
	}

	private static List<DeskField.Option> options(Enum<?>[] values, String prefix) {
		return Arrays.stream(values).map(v -> new DeskField.Option(v.name(), prefix + v.name())).toList();
	}

	private static List<DeskField.Option> dayParts() {
		List<DeskField.Option> out = new ArrayList<>(options(DayPart.values(), "mutualaid.daypart."));
		out.add(new DeskField.Option(ActionDetails.ANY, "mutualaid.requests.anyDayPart"));
		return out;
	}

	@Override
	public DeskOutcome submit(DeskSubmission s) {
		var d = s.details();
		try {
			ActionDetails details = ActionDetails.parse(d.get(ActionDetails.ACTION_TYPE), d.get(ActionDetails.WHEN),
					d.get(ActionDetails.DATE), d.get(ActionDetails.DAY_PART), d.get(ActionDetails.TIME),
					d.get(ActionDetails.PLACE), d.get(ActionDetails.NOTES), d.get(ActionDetails.TWO_PERSON));
			// the desk's two-person choice is pre-set from the territory's default: only a home visit takes it
			if (!details.actionType().homeVisit() && !"yes".equals(d.get(ActionDetails.TWO_PERSON))) {
				details = new ActionDetails(details.actionType(), details.whenKind(), details.date(),
						details.dayPart(), details.time(), details.place(), details.notes(), Boolean.FALSE);
			}
			ActionRequest r = requests.create(s.territoryId(), s.personId(), details,
					new ActionRequests.Origin(RequestSource.DESK, s.agentId(), s.deskRequestId(), null));
			dispatcher.dispatch(s.territoryId(), r.getId(), s.agentId());
			DeskStatus status = r.getStatus() == ActionStatus.UNANSWERED ? DeskStatus.NEW : DeskStatus.IN_PROGRESS;
			return DeskOutcome.stay("/mutualaid/requests/" + r.getId(), status);
		}
		catch (MutualAidException e) {
			String field = e.field() == null || "person".equals(e.field()) ? ActionDetails.ACTION_TYPE : e.field();
			throw new DeskRequestRejected(field, e.messageKey(), e.args());
		}
	}

}
