package org.relais.mutualaid.web.requests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.relais.mutualaid.action.ActionDetails;

/**
 * The typed details of an action, kept as text to show them back after a refusal. Shared by the agents' form and
 * the partners' "signal a need" form.
 */
public record ActionForm(String actionType, String when, String date, String dayPart, String time, String place,
		String notes, String twoPerson) {

	public static ActionForm empty() {
		return new ActionForm("VISIT", "WITHIN_7", "", ActionDetails.ANY, "", "", "", "");
	}

	/** @throws org.relais.mutualaid.MutualAidException on a malformed value */
	public ActionDetails details() {
		return ActionDetails.parse(actionType, when, date, dayPart, time, place, notes, twoPerson);
	}

	/** The values by field name, for the template. */
	public Map<String, String> values() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put(ActionDetails.ACTION_TYPE, actionType);
		m.put(ActionDetails.WHEN, when);
		m.put(ActionDetails.DATE, date);
		m.put(ActionDetails.DAY_PART, dayPart);
		m.put(ActionDetails.TIME, time);
		m.put(ActionDetails.PLACE, place);
		m.put(ActionDetails.NOTES, notes);
		m.put(ActionDetails.TWO_PERSON, twoPerson);
		return m;
	}

}
