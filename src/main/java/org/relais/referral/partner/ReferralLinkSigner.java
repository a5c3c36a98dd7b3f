package org.relais.referral.partner;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
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
 * Signs referral links as ADR 003 signs the directory's confirmation links: {@code <link id>.<expiry>.<HMAC-SHA256>}
 * in base64url, the MAC over a purpose label of its own, so a freshness token never opens a referral and a tampered
 * token costs no database lookup. Key: {@code relais.referral.link-secret} (env {@code RELAIS_SECRET}), else 256
 * random bits kept in {@code ref_link_key}, made once by the first node that needs them.
 */
@Component
class ReferralLinkSigner {

	static final String PURPOSE = "relais/referral/magic-link/v1";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** A token whose signature holds. */
	record Signed(UUID linkId, Instant expiresAt) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate own;

	private final String configured;

	private volatile byte[] key;

	ReferralLinkSigner(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${relais.referral.link-secret:${RELAIS_SECRET:}}") String configured) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.configured = configured;
	}

	String sign(UUID linkId, Instant expiresAt) {
		byte[] id = ByteBuffer.allocate(16)
			.putLong(linkId.getMostSignificantBits())
			.putLong(linkId.getLeastSignificantBits())
			.array();
		String payload = ENCODER.encodeToString(id) + "." + expiresAt.getEpochSecond();
		return payload + "." + ENCODER.encodeToString(mac(payload));
	}

	Optional<Signed> verify(String token) {
		String[] parts = token == null || token.length() > 200 ? new String[0] : token.split("\\.", -1);
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			String payload = parts[0] + "." + parts[1];
			byte[] id = DECODER.decode(parts[0]);
			if (!MessageDigest.isEqual(mac(payload), DECODER.decode(parts[2])) || id.length != 16) {
				return Optional.empty();
			}
			ByteBuffer b = ByteBuffer.wrap(id);
			return Optional.of(new Signed(new UUID(b.getLong(), b.getLong()),
					Instant.ofEpochSecond(Long.parseLong(parts[1]))));
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** What the database keeps of a token: its SHA-256, hex. */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
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

	private byte[] key() {
		byte[] k = key;
		if (k == null) {
			k = configured != null && !configured.isBlank() ? configured.getBytes(StandardCharsets.UTF_8)
					: own.execute(status -> storedKey());
			key = k;
		}
		return k;
	}

	private byte[] storedKey() {
		String sql = "select secret from ref_link_key where name = 'magic-link'";
		List<String> found = jdbc.queryForList(sql, String.class);
		if (found.isEmpty()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				own.executeWithoutResult(s -> jdbc.update(
						"insert into ref_link_key (name, secret, created_at) values ('magic-link', ?, ?)",
						ENCODER.encodeToString(random), Timestamp.from(clock.instant())));
			}
			catch (DataIntegrityViolationException ex) {
				// another node made it first: read theirs
			}
			found = jdbc.queryForList(sql, String.class);
		}
		return DECODER.decode(found.get(0));
	}

}
