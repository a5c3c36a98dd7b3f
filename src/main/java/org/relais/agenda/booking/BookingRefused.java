package org.relais.agenda.booking;

/**
 * A booking or a change that cannot be made, with the form field it concerns (null: the whole form) and the message
 * key that says why. Nothing was written.
 */
class BookingRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	private BookingRefused(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	static BookingRefused slot(String reason) {
		return new BookingRefused("slot", "agenda.booking.error.slot." + reason);
	}

	static BookingRefused taken() {
		return slot("taken");
	}

	static BookingRefused of(String field, String messageKey) {
		return new BookingRefused(field, messageKey);
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

}
