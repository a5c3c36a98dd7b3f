package org.relais.devices;

import java.util.List;

/**
 * A step the programme's rules refuse (a device that is not READY, a duplicate serial, a status that cannot follow):
 * thrown before anything is written; the web layer shows the message next to {@code field} (or on top when null).
 *
 * @param messageKey a key of the devices bundle
 */
public class DeviceRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final List<Object> args;

	public DeviceRuleException(String field, String messageKey, Object... args) {
		super((field == null ? "" : field + ": ") + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.toArray();
	}

}
