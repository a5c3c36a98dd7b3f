package org.relais.shared;

import java.util.List;

/**
 * A step a module's rules refuse (a device that is not READY, an expired insurance, a seat beyond capacity…): thrown
 * before anything is written; the web layer shows the message next to {@code field} (or on top when null). Each
 * module has its own subclass, whose message keys live in its bundle.
 */
public class RuleRefusal extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final List<Object> args;

	public RuleRefusal(String field, String messageKey, Object... args) {
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
