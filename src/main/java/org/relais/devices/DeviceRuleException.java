package org.relais.devices;

import org.relais.shared.RuleRefusal;

/**
 * A step the programme's rules refuse (a device that is not READY, a duplicate serial, a status that cannot follow):
 * thrown before anything is written; the web layer shows the message next to {@code field} (or on top when null).
 *
 * @param messageKey a key of the devices bundle
 */
public class DeviceRuleException extends RuleRefusal {

	public DeviceRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}

}
