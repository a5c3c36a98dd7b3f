package org.relais.subscription.kit;

import java.io.Serial;

/** Bad input for the kit: the form field and a message key of the subscription bundle. Thrown before writing. */
public class KitException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	public KitException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
