package org.relais.directory.freshness;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and checks confirmation tokens: {@code <link id>.<expiry>.<HMAC-SHA256>}, base64url, the MAC taken over a
 * purpose label, the link id and the expiry, so a token cannot be forged, stretched or reused for another purpose.
 * The key is {@code relais.directory.freshness.secret} (env {@code RELAIS_SECRET}); without one, a random key is
 * made once and kept in the database, so that every node and every restart accepts the same links.
 */
@Component
class LinkSigner {

	/** What a token is for: a token signed for something else never checks. */
	static final String PURPOSE = "relais/directory/freshness-confirm/v1";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final String KEY_NAME = "freshness-link";

	/** A parsed token whose signature holds. */
	record Signed(UUID linkId, Instant expiresAt) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final String configured;

	private volatile byte[] key;

	LinkSigner(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${relais.directory.freshness.secret:${RELAIS_SECRET:}}") String configured) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.configured = configured;
	}

	String sign(UUID linkId, Instant expiresAt) {
		String payload = ENCODER.encodeToString(bytes(linkId)) + "." + expiresAt.getEpochSecond();
		return payload + "." + ENCODER.encodeToString(mac(payload));
	}

	/** The token's link and expiry if its signature holds (expiry not checked here), else empty. */
	Optional<Signed> verify(String token) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			String payload = parts[0] + "." + parts[1];
			byte[] given = DECODER.decode(parts[2]);
			if (!MessageDigest.isEqual(mac(payload), given)) {
				return Optional.empty();
			}
			byte[] id = DECODER.decode(parts[0]);
			if (id.length != 16) {
				return Optional.empty();
			}
			ByteBuffer b = ByteBuffer.wrap(id);
			return Optional.of(new Signed(new UUID(b.getLong(), b.getLong()),
					Instant.ofEpochSecond(Long.parseLong(parts[1]))));
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return mac.doFinal((PURPOSE + ":" + payload).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(UUID id) {
		return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
	}

	private byte[] key() {
		byte[] k = key;
		if (k == null) {
			k = configured != null && !configured.isBlank() ? configured.getBytes(StandardCharsets.UTF_8)
					: ownTransaction.execute(status -> storedKey());
			key = k;
		}
		return k;
	}

	/**
	 * The database key, made on first use in a transaction of its own; when two nodes race, the loser's insert
	 * fails and it reads the winner's key.
	 */
	private byte[] storedKey() {
		List<String> found = jdbc.queryForList("select secret from dir_freshness_key where name = ?", String.class,
				KEY_NAME);
		if (found.isEmpty()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				ownTransaction.executeWithoutResult(status -> jdbc.update(
						"insert into dir_freshness_key (name, secret, created_at) values (?, ?, ?)", KEY_NAME,
						ENCODER.encodeToString(random), Timestamp.from(clock.instant())));
			}
			catch (DataIntegrityViolationException ex) {
				// another node was first
			}
			found = jdbc.queryForList("select secret from dir_freshness_key where name = ?", String.class, KEY_NAME);
		}
		return DECODER.decode(found.get(0));
	}

}
