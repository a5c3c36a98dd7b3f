package org.relais.agenda.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The per-address limit of public bookings: refused past the limit, allowed again when the window has moved. */
class BookingThrottleTest {

	@Test
	void anAddressIsLimitedInItsWindowOnly() {
		AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
		BookingThrottle throttle = new BookingThrottle(3, Duration.ofHours(1), clock);
		assertThat(throttle.tryAcquire("10.0.0.1")).isTrue();
		assertThat(throttle.tryAcquire("10.0.0.1")).isTrue();
		assertThat(throttle.tryAcquire("10.0.0.1")).isTrue();
		assertThat(throttle.tryAcquire("10.0.0.1")).isFalse();
		assertThat(throttle.tryAcquire("10.0.0.2")).isTrue();
		now.set(now.get().plus(Duration.ofMinutes(61)));
		assertThat(throttle.tryAcquire("10.0.0.1")).isTrue();
	}

}
