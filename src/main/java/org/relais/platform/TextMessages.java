package org.relais.platform;

/**
 * Sends short text messages (SMS) to a phone number. The provider is chosen with {@code relais.sms.provider}; the
 * default, {@code log}, only writes the message to the log (demo mode). A real provider is another implementation
 * of this interface, enabled by its own value of the property.
 */
public interface TextMessages {

	/** Sends the text to the phone number as typed by a person (the provider normalises it). */
	void send(String phone, String text);

}
