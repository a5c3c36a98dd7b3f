package org.relais.partnership.domain;

/**
 * A partnership action refused: the field it concerns (null for the whole form) and the message key saying why.
 */
public class PartnershipRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	public PartnershipRejected(String field, String messageKey) {
		super(messageKey, null, false, false);
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
