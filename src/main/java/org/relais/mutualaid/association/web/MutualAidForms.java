package org.relais.mutualaid.association.web;

import org.relais.mutualaid.MutualAidException;
import org.springframework.validation.BindingResult;

/** Puts a refused step of the mutual-aid rules next to its field of a form (or on top when the form has none). */
public final class MutualAidForms {

	private MutualAidForms() {
	}

	public static void reject(BindingResult result, MutualAidException e) {
		String field = e.field();
		if (field != null && result.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(),
						field) != null) {
			result.rejectValue(field, e.messageKey(), e.args(), null);
		}
		else {
			result.reject(e.messageKey(), e.args(), null);
		}
	}

}
