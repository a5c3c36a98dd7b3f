package org.relais.agenda;

import java.io.Serial;
import java.util.List;

/**
 * Bad input for an event: the form field it concerns ({@code title}, {@code start}, {@code end}, {@code recurrence},
 * {@code invitees}, …) and a message key of the agenda bundle with its arguments, to show next to that field.
 * Thrown before anything is written.
 */
public class EventRejected extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	private final transient List<Object> args;

	public EventRejected(String field, String messageKey, Object... args) {
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
