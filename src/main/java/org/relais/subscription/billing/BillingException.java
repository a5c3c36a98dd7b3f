package org.relais.subscription.billing;

import java.io.Serial;

/** A refused billing step, thrown before anything is written: a message key of the subscription bundle. */
public class BillingException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public BillingException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
