package org.relais.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Failed sign-ins counted per account and per address in a sliding window. */
class LoginThrottleTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	/** The limits of application.properties: 5 per account, 20 per address, 15 minutes. */
	private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), clock);

	@Test
	void accountIsBlockedAtTheFifthFailure() {
		for (int i = 1; i <= 4; i++) {
			throttle.failed("claire@example.org", "192.0.2.1");
			assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).as("after %d failures", i).isFalse();
		}
		throttle.failed("claire@example.org", "192.0.2.1");
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isTrue();
		// from anywhere: the account is what is protected
		assertThat(throttle.isBlocked("claire@example.org", "198.51.100.7")).isTrue();
		// other people on the same address are not punished
		assertThat(throttle.isBlocked("karim@example.org", "192.0.2.1")).isFalse();
	}

	@Test
	void accountIsCountedWhateverTheCaseAndSpaces() {
		for (int i = 0; i < 5; i++) {
			throttle.failed(i % 2 == 0 ? " Claire@Example.ORG" : "claire@example.org ", "192.0.2.1");
		}
		assertThat(throttle.isBlocked("CLAIRE@example.org", null)).isTrue();
	}

	@Test
	void addressIsBlockedAfterTwentyFailuresOnAnyAccounts() {
		for (int i = 0; i < 19; i++) {
			throttle.failed("user" + i + "@example.org", "203.0.113.9");
		}
		assertThat(throttle.isBlocked("someone@example.org", "203.0.113.9")).isFalse();
		throttle.failed("user19@example.org", "203.0.113.9");
		assertThat(throttle.isBlocked("someone@example.org", "203.0.113.9")).isTrue();
		assertThat(throttle.isBlocked("someone@example.org", "203.0.113.10")).isFalse();
	}

	@Test
	void withoutAddressOnlyTheAccountCounts() {
		for (int i = 0; i < 25; i++) {
			throttle.failed("user" + i + "@example.org", null);
		}
		assertThat(throttle.isBlocked("other@example.org", null)).isFalse();
		assertThat(throttle.isBlocked("other@example.org", "192.0.2.1")).isFalse();
	}

	@Test
	void blockEndsWhenTheWindowHasPassed() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("claire@example.org", "192.0.2.1");
		}
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).as("exactly 15 minutes later").isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isFalse();
	}

	@Test
	void windowSlides() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("claire@example.org", "192.0.2.1");
		}
		clock.advance(Duration.ofMinutes(10));
		throttle.failed("claire@example.org", "192.0.2.1");
		throttle.failed("claire@example.org", "192.0.2.1");
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isTrue();

		// the first three fall out of the window, the last two are still in it
		clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isFalse();
		for (int i = 0; i < 2; i++) {
			throttle.failed("claire@example.org", "192.0.2.1");
		}
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isFalse();
		throttle.failed("claire@example.org", "192.0.2.1");
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isTrue();

		// the two of minute 10 leave at minute 25, the three of minute 15 stay
		clock.advance(Duration.ofMinutes(9));
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isTrue();
		clock.advance(Duration.ofMinutes(1));
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isFalse();
	}

	@Test
	void successClearsTheAccountButNotTheAddress() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("claire@example.org", "192.0.2.1");
		}
		for (int i = 0; i < 16; i++) {
			throttle.failed("other" + i + "@example.org", "192.0.2.1");
		}
		throttle.succeeded("Claire@example.org");
		assertThat(throttle.isBlocked("claire@example.org", "198.51.100.7")).isFalse();
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).as("the address made 20 failures")
			.isTrue();
	}

	@Test
	void evictionKeepsRecentFailures() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("claire@example.org", "192.0.2.1");
		}
		throttle.evictIdle();
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isTrue();
		clock.advance(Duration.ofMinutes(16));
		throttle.evictIdle();
		assertThat(throttle.isBlocked("claire@example.org", "192.0.2.1")).isFalse();
	}

	/** A clock the test moves by hand. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
