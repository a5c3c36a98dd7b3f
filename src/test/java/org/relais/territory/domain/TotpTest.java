package org.relais.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6238 codes as authenticator apps compute them, used once, with one step of clock drift. */
class TotpTest {

	/** The RFC 6238 appendix B seed for HMAC-SHA1, "12345678901234567890", in base32. */
	static final String RFC_SECRET = Secrets.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void rfcSeedEncodesAsAuthenticatorAppsExpect() {
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	}

	/** RFC 6238 appendix B (SHA-1), the 8-digit values cut to the 6 digits apps show. */
	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
			"2000000000, 279037", "20000000000, 353130" })
	void rfc6238Vectors(long unixSeconds, String expected) {
		assertThat(Totp.code(RFC_SECRET, Totp.step(unixSeconds * 1000))).isEqualTo(expected);
	}

	@Test
	void codeAtTheCurrentStepMatchesThatStep() {
		long now = 1_111_111_109_000L;
		OptionalLong step = Totp.match(RFC_SECRET, "081804", now, null);
		assertThat(step).hasValue(Totp.step(now));
	}

	@Test
	void aCodeIsUsedOnceOnly() {
		long now = 1_111_111_109_000L;
		long step = Totp.match(RFC_SECRET, "081804", now, null).getAsLong();
		assertThat(Totp.match(RFC_SECRET, "081804", now, step)).isEmpty();
		// nor may an older code follow a newer one
		String previous = Totp.code(RFC_SECRET, step - 1);
		assertThat(Totp.match(RFC_SECRET, previous, now, step)).isEmpty();
	}

	@Test
	void nextCodeIsAcceptedAfterTheLastUsedOne() {
		long now = 1_111_111_109_000L;
		long step = Totp.step(now);
		String next = Totp.code(RFC_SECRET, step + 1);
		assertThat(Totp.match(RFC_SECRET, next, now, step)).hasValue(step + 1);
	}

	@ParameterizedTest
	@ValueSource(longs = { -1, 1 })
	void oneStepOfDriftIsAccepted(long drift) {
		long now = 2_000_000_000_000L;
		long step = Totp.step(now);
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + drift), now, null)).hasValue(step + drift);
	}

	@ParameterizedTest
	@ValueSource(longs = { -3, -2, 2, 3 })
	void twoStepsOfDriftAreRefused(long drift) {
		long now = 2_000_000_000_000L;
		long step = Totp.step(now);
		String code = Totp.code(RFC_SECRET, step + drift);
		// make sure the far code is not by chance also the code of an accepted step
		for (long s = step - 1; s <= step + 1; s++) {
			org.junit.jupiter.api.Assumptions.assumeFalse(code.equals(Totp.code(RFC_SECRET, s)));
		}
		assertThat(Totp.match(RFC_SECRET, code, now, null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "28708", "2870820", "28708a", "abcdef", " 287082" })
	void malformedCodesAreRefused(String code) {
		assertThat(Totp.match(RFC_SECRET, code, 59_000, null)).isEmpty();
	}

	@Test
	void missingSecretOrCodeIsRefused() {
		assertThat(Totp.match(null, "287082", 59_000, null)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, null, 59_000, null)).isEmpty();
	}

	@Test
	void stepsAreThirtySeconds() {
		assertThat(Totp.step(0)).isZero();
		assertThat(Totp.step(29_999)).isZero();
		assertThat(Totp.step(30_000)).isEqualTo(1);
		assertThat(Totp.step(59_000)).isEqualTo(1);
	}

	@Test
	void newSecretIs160BitsOfBase32() {
		String secret = Totp.newSecret();
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(Secrets.base32Decode(secret)).hasSize(20);
		assertThat(Totp.newSecret()).isNotEqualTo(secret);
	}

	@Test
	void otpauthUriCarriesWhatAppsNeed() {
		String uri = Totp.uri("Relais", "claire@example.org", RFC_SECRET);
		assertThat(uri).startsWith("otpauth://totp/Relais%3Aclaire%40example.org?")
			.contains("secret=" + RFC_SECRET, "issuer=Relais", "algorithm=SHA1", "digits=6", "period=30");
	}

	@Test
	void base32MatchesRfc4648WithoutPadding() {
		assertThat(Secrets.base32("".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(Secrets.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(Secrets.base32("fo".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXQ");
		assertThat(Secrets.base32("foo".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6");
		assertThat(Secrets.base32("foob".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YQ");
		assertThat(Secrets.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6, 7, 10, 19, 20, 33 })
	void base32RoundTrips(int length) {
		byte[] data = Secrets.randomBytes(length);
		assertThat(Secrets.base32Decode(Secrets.base32(data))).isEqualTo(data);
	}

	@Test
	void base32DecodingForgivesCaseSpacesAndPadding() {
		assertThat(new String(Secrets.base32Decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII))
			.isEqualTo("foobar");
	}

	@Test
	void base32DecodingRefusesOtherCharacters() {
		assertThatThrownBy(() -> Secrets.base32Decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
	}

}
