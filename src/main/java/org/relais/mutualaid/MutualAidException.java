package org.relais.mutualaid;

import java.util.List;

/**
 * A step the mutual-aid rules refuse (an expired insurance, an acceptance that came too late, a seat beyond
 * capacity…): thrown before anything is written; the web layer shows the message next to {@code field} (or on top
 * when null).
 *
 * @param messageKey a key of the mutualaid bundle
 */
public class MutualAidException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final List<Object> args;

	public MutualAidException(String field, String messageKey, Object... args) {
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
