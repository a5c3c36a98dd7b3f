package org.relais.territory.web;

import org.relais.territory.domain.InvalidInput;
import org.springframework.validation.BindingResult;

/** Turns a domain refusal into a field error of the form, shown next to the field. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, InvalidInput ex) {
		if (result.getTarget() != null && hasField(result, ex.field())) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey());
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
