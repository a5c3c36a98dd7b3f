package org.relais.agenda.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits public bookings per client address in a sliding window (the platform's sign-in throttle is internal to
 * it and counts failures, not submissions). In memory: with several nodes each node counts on its own.
 */
@Component
class BookingThrottle {

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final int max;

	private final Duration window;

	private final Clock clock;

	BookingThrottle(@Value("${relais.agenda.booking.max-public-bookings-per-ip:10}") int max,
			@Value("${relais.agenda.booking.public-window:1h}") Duration window, Clock clock) {
		this.max = max;
		this.window = window;
		this.clock = clock;
	}

	/** Counts an attempt from this address; false when the address has used up its attempts in the window. */
	boolean tryAcquire(String address) {
		Deque<Instant> times = attempts.computeIfAbsent(address == null ? "?" : address, k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times);
			if (times.size() >= max) {
				return false;
			}
			times.addLast(clock.instant());
			return true;
		}
	}

	private void prune(Deque<Instant> times) {
		Instant limit = clock.instant().minus(window);
		while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
			times.removeFirst();
		}
	}

	@Scheduled(fixedDelay = 600_000)
	void forgetOld() {
		attempts.values().removeIf(times -> {
			synchronized (times) {
				prune(times);
				return times.isEmpty();
			}
		});
	}

}
