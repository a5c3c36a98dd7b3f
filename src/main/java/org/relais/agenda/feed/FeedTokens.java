package org.relais.agenda.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret addresses of personal feeds: one active token per user and territory. A new token revokes the
 * previous one; the raw token is returned once and never stored (only its SHA-256).
 */
@Service
@Transactional
public class FeedTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FeedTokenRepository tokens;

	private final Clock clock;

	FeedTokens(FeedTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** Makes a new token for the user in the territory, revoking the one before; returns the raw token. */
	public String issue(UUID userId, UUID territoryId) {
		Instant now = clock.instant();
		revokeAll(userId, territoryId, now);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		tokens.save(new FeedToken(userId, territoryId, hash(raw), now));
		return raw;
	}

	/** Revokes the user's token in the territory; whether there was one. */
	public boolean revoke(UUID userId, UUID territoryId) {
		return revokeAll(userId, territoryId, clock.instant()) > 0;
	}

	/** The user's active token in the territory (its raw value is not known any more). */
	@Transactional(readOnly = true)
	public Optional<FeedToken> active(UUID userId, UUID territoryId) {
		return tokens.findByUserIdAndTerritoryIdAndRevokedAtIsNull(userId, territoryId).stream().findFirst();
	}

	/** The active token a raw value opens, or empty (unknown, malformed or revoked). */
	@Transactional(readOnly = true)
	public Optional<FeedToken> resolve(String raw) {
		if (raw == null || !raw.matches("[A-Za-z0-9_-]{20,100}")) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(hash(raw)).filter(FeedToken::isActive);
	}

	private int revokeAll(UUID userId, UUID territoryId, Instant now) {
		var active = tokens.findByUserIdAndTerritoryIdAndRevokedAtIsNull(userId, territoryId);
		active.forEach(t -> t.revoke(now));
		return active.size();
	}

	static String hash(String raw) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
