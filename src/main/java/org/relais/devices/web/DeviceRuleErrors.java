package org.relais.devices.web;

import org.relais.devices.DeviceRuleException;
import org.springframework.validation.BindingResult;

/** A refused step shown next to its field (or on top of the form when it names none). */
final class DeviceRuleErrors {

	private DeviceRuleErrors() {
	}

	static void reject(BindingResult errors, DeviceRuleException e) {
		if (e.field() != null && errors.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(),
						e.field()) != null) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
		}
		else {
			errors.reject(e.messageKey(), e.args(), null);
		}
	}

}
