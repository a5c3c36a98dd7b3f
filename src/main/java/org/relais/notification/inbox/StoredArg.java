package org.relais.notification.inbox;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One argument of a stored message, resolved when it is read: message keys (translated, then joined), a
 * territory (its name in the reader's language, else {@code text}), or plain text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoredArg(String text, List<String> keys, UUID territory) {

	/** Texts are names (of a territory, a person): longer ones are cut, so that the arguments always fit. */
	static final int MAX_TEXT = 300;

	static StoredArg text(String text) {
		return new StoredArg(cut(text), null, null);
	}

	static StoredArg keys(List<String> keys) {
		return new StoredArg(null, List.copyOf(keys), null);
	}

	static StoredArg territory(UUID territoryId, String fallbackName) {
		return new StoredArg(cut(fallbackName), null, territoryId);
	}

	private static String cut(String text) {
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
	}

}
