package org.relais.directory.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable HSDS ids for rows Relais does not store as such (taxonomy terms, phones, service_at_locations…). */
final class HsdsIds {

	private HsdsIds() {
	}

	static UUID of(String... parts) {
		return UUID.nameUUIDFromBytes(("relais:" + String.join(":", parts)).getBytes(StandardCharsets.UTF_8));
	}

	static UUID taxonomy(String vocabulary) {
		return of("taxonomy", vocabulary);
	}

	static UUID term(String vocabulary, String code) {
		return of("taxonomy", vocabulary, code);
	}

	static UUID serviceAtLocation(UUID service, UUID location) {
		return UUID.nameUUIDFromBytes((service + ":" + location).getBytes(StandardCharsets.UTF_8));
	}

}
