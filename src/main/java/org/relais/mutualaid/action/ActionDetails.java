package org.relais.mutualaid.action;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.DayPart;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.WhenKind;

/**
 * What is asked, as typed at the desk, by an agent or by a partner: the action type, when (coarse choice first), the
 * date, part of the day, time, place, notes and whether two volunteers go. The form field names are the constants
 * below; {@link #parse} turns the typed text into values or refuses with the field's message.
 *
 * @param date the date (ON_DATE, EXACT, the first day of WEEKLY), ignored for WITHIN_N
 * @param dayPart null for any part of the day
 * @param twoPerson null: the territory's default for home visits
 */
public record ActionDetails(ActionType actionType, WhenKind whenKind, LocalDate date, DayPart dayPart,
		LocalTime time, String place, String notes, Boolean twoPerson) {

	public static final String ACTION_TYPE = "actionType";

	public static final String WHEN = "when";

	public static final String DATE = "date";

	public static final String DAY_PART = "dayPart";

	public static final String TIME = "time";

	public static final String PLACE = "place";

	public static final String NOTES = "notes";

	public static final String TWO_PERSON = "twoPerson";

	/** The "any part of the day" choice. */
	public static final String ANY = "ANY";

	public static final int MAX_PLACE = 500;

	public static final int MAX_NOTES = 2000;

	/**
	 * Reads typed values (null or blank for nothing).
	 * @throws MutualAidException on an unknown choice, a malformed date or time
	 */
	public static ActionDetails parse(String actionType, String when, String date, String dayPart, String time,
			String place, String notes, String twoPerson) {
		ActionType type = choice(ActionType.class, actionType, ACTION_TYPE, "mutualaid.requests.error.actionType");
		WhenKind kind = blank(when) ? WhenKind.WITHIN_7
				: choice(WhenKind.class, when, WHEN, "mutualaid.requests.error.when");
		LocalDate day = null;
		if (!blank(date)) {
			try {
				day = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException e) {
				throw new MutualAidException(DATE, "mutualaid.requests.error.dateFormat");
			}
		}
		DayPart part = blank(dayPart) || ANY.equals(dayPart.strip()) ? null
				: choice(DayPart.class, dayPart, DAY_PART, "mutualaid.requests.error.dayPart");
		LocalTime at = null;
		if (!blank(time)) {
			if (!time.strip().matches("([01]?\\d|2[0-3])[:h.][0-5]\\d")) {
				throw new MutualAidException(TIME, "mutualaid.requests.error.time");
			}
			String[] hm = time.strip().split("[:h.]");
			at = LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]));
		}
		Boolean pair = blank(twoPerson) ? null : switch (twoPerson.strip()) {
			case "yes", "true", "on" -> Boolean.TRUE;
			case "no", "false" -> Boolean.FALSE;
			default -> throw new MutualAidException(TWO_PERSON, "mutualaid.requests.error.twoPerson");
		};
		return new ActionDetails(type, kind, day, part, at, blank(place) ? null : place.strip(),
				blank(notes) ? null : notes.strip(), pair);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String key) {
		if (blank(value)) {
			throw new MutualAidException(field, key);
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new MutualAidException(field, key);
		}
	}

}
