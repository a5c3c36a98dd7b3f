package org.relais.referral.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.relais.directory.LiaisonField;
import org.relais.referral.LiaisonAnswer;

/**
 * The answers to a service's liaison form: required questions answered, a choice among the choices, a date as
 * a date (ISO, as an HTML date field sends it), yes or no as {@code YES}/{@code NO}.
 */
public final class LiaisonCheck {

	public static final int MAX_ANSWER = 2000;

	private LiaisonCheck() {
	}

	/** For each question whose answer is not right, the message key saying why. */
	public static Map<Integer, String> errors(List<LiaisonField> form, Map<Integer, String> values) {
		Map<Integer, String> errors = new LinkedHashMap<>();
		for (LiaisonField q : form) {
			String v = value(values, q.position());
			if (v == null) {
				if (q.required()) {
					errors.put(q.position(), "referral.referral.error.answerRequired");
				}
				continue;
			}
			if (v.length() > MAX_ANSWER) {
				errors.put(q.position(), "referral.referral.error.answerTooLong");
			}
			else if ("CHOICE".equals(q.type()) && !q.choices().contains(v)) {
				errors.put(q.position(), "referral.referral.error.answerChoice");
			}
			else if ("YES_NO".equals(q.type()) && !v.equals("YES") && !v.equals("NO")) {
				errors.put(q.position(), "referral.referral.error.answerChoice");
			}
			else if ("DATE".equals(q.type()) && !isDate(v)) {
				errors.put(q.position(), "referral.referral.error.answerDate");
			}
		}
		return errors;
	}

	/** The answers given, with the questions as asked; unanswered questions and unknown positions are left out. */
	public static List<LiaisonAnswer> answers(List<LiaisonField> form, Map<Integer, String> values) {
		List<LiaisonAnswer> out = new ArrayList<>();
		for (LiaisonField q : form) {
			String v = value(values, q.position());
			if (v != null) {
				out.add(new LiaisonAnswer(q.position(), q.label(), q.type(), v));
			}
		}
		return out;
	}

	private static String value(Map<Integer, String> values, int position) {
		String v = values == null ? null : values.get(position);
		return v == null || v.isBlank() ? null : v.strip();
	}

	private static boolean isDate(String v) {
		try {
			LocalDate.parse(v);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
