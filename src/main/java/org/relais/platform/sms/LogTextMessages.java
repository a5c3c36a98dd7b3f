package org.relais.platform.sms;

import org.relais.platform.TextMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo provider of text messages: writes them to the log instead of sending them, with the phone number masked
 * but for its last two digits.
 */
@Component
@ConditionalOnProperty(name = "relais.sms.provider", havingValue = "log", matchIfMissing = true)
class LogTextMessages implements TextMessages {

	private static final Logger log = LoggerFactory.getLogger(LogTextMessages.class);

	@Override
	public void send(String phone, String text) {
		log.info("Text message to {} (not sent, relais.sms.provider=log): {}", mask(phone), text);
	}

	static String mask(String phone) {
		if (phone == null) {
			return "";
		}
		String digits = phone.replaceAll("[^0-9]", "");
		return digits.length() <= 2 ? "**" : "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
	}

}
