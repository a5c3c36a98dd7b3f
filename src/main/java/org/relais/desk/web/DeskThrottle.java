package org.relais.desk.web;

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
 * Limits the public request form per client address in a sliding window (5 an hour by default). In memory: with
 * several nodes each node counts on its own.
 */
@Component
class DeskThrottle {

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final int max;

	private final Duration window;

	private final Clock clock;

	DeskThrottle(@Value("${relais.desk.public.max-per-ip:5}") int max,
			@Value("${relais.desk.public.window:1h}") Duration window, Clock clock) {
		this.max = max;
		this.window = window;
		this.clock = clock;
	}

	/** Counts a request from this address; false when the address has used up its requests in the window. */
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
