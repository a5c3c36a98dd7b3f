package org.relais.devices.web;

import java.util.UUID;

/** Small helpers of the device pages. */
final class DevicesWeb {

	private DevicesWeb() {
	}

	/** A submitted id, or null when it is not one. */
	static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
