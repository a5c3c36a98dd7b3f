package org.relais.desk;

import java.util.List;

/**
 * A request type refuses a submission: the desk rolls it back and shows the message next to the field.
 *
 * @param field the {@link DeskField#name()} the message belongs to
 * @param messageKey a message key of the contributing module's bundle
 */
public class DeskRequestRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final List<Object> args;

	public DeskRequestRejected(String field, String messageKey, Object... args) {
		super(field + ": " + messageKey);
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
