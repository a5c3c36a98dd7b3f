package org.relais.mutualaid.web.requests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.relais.mutualaid.MutualAidException;

/**
 * Refused steps of the mutual-aid pages by field, for {@code mutualaid/requests/parts :: ruleError}; a refusal that
 * names no field is shown on top of the form (key {@code form}).
 */
public final class RuleErrors {

	public static final String FORM = "form";

	private RuleErrors() {
	}

	public static Map<String, MutualAidException> of(MutualAidException e) {
		Map<String, MutualAidException> errors = new LinkedHashMap<>();
		errors.put(e.field() == null ? FORM : e.field(), e);
		return errors;
	}

	public static Map<String, MutualAidException> none() {
		return Map.of();
	}

}
