package org.relais.territory.domain;

/** Input refused by a domain rule, for one form field, with the message key that explains it. */
public class InvalidInput extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidInput(String field, String messageKey) {
		super(field + ": " + messageKey, null, false, false);
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
