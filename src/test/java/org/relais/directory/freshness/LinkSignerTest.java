package org.relais.directory.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Tokens carry a link id and an expiry under an HMAC: any change, or another key, and they no longer check. */
class LinkSignerTest {

	private final LinkSigner signer = new LinkSigner(null, Clock.systemUTC(), null, "a server secret");

	@Test
	void aSignedTokenChecksAndGivesBackItsLinkAndExpiry() {
		UUID id = UUID.randomUUID();
		Instant expiry = Instant.parse("2027-01-31T10:00:00Z");
		String token = signer.sign(id, expiry);
		assertThat(token).matches("[A-Za-z0-9_-]{22}\\.\\d+\\.[A-Za-z0-9_-]{43}");
		assertThat(signer.verify(token)).contains(new LinkSigner.Signed(id, expiry));
	}

	@Test
	void anyChangeOrAnotherKeyBreaksIt() {
		UUID id = UUID.randomUUID();
		Instant expiry = Instant.parse("2027-01-31T10:00:00Z");
		String token = signer.sign(id, expiry);
		String[] p = token.split("\\.");
		String otherId = signer.sign(UUID.randomUUID(), expiry).split("\\.")[0];
		assertThat(signer.verify(otherId + "." + p[1] + "." + p[2])).isEmpty();
		assertThat(signer.verify(p[0] + "." + (Long.parseLong(p[1]) + 1) + "." + p[2])).isEmpty();
		assertThat(signer.verify(p[0] + "." + p[1] + "." + p[2].substring(1) + "A")).isEmpty();
		assertThat(signer.verify(p[0] + "." + p[1])).isEmpty();
		assertThat(signer.verify("not a token")).isEmpty();
		assertThat(signer.verify(null)).isEmpty();
		assertThat(signer.verify("%%%.1.%%%")).isEmpty();
		assertThat(signer.verify(token + "x".repeat(200))).isEmpty();
		LinkSigner otherKey = new LinkSigner(null, Clock.systemUTC(), null, "another secret");
		assertThat(otherKey.verify(token)).isEmpty();
	}

}
