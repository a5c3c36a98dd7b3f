package org.relais.agenda.poll;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The personal links of poll invitees: 32 random bytes, URL-safe; only their SHA-256 is stored (ADR 003), so a
 * copy of the database opens no poll.
 */
final class PollTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private PollTokens() {
	}

	static String fresh() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a path segment can be a token at all (checked before any lookup). */
	static boolean plausible(String token) {
		return token != null && token.length() == 43 && token.chars()
			.allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
	}

}
