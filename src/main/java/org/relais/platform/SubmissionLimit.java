package org.relais.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the submissions of a public form (a booking, a request, an application) per client address in a sliding
 * window; past the limit the form answers 429 and writes nothing. The sign-in throttle is another thing: it counts
 * failures. In memory: with several nodes each node counts on its own. Modules make a bean of it with their own
 * settings and call {@link #forgetOld()} from time to time.
 */
public class SubmissionLimit {

	private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

	private final int max;

	private final Duration window;

	private final Clock clock;

	public SubmissionLimit(int max, Duration window, Clock clock) {
		this.max = max;
		this.window = window;
		this.clock = clock;
	}

	/** Counts a submission from this address; false when the address has used up its submissions in the window. */
	public boolean tryAcquire(String address) {
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

	/** Drops the addresses whose submissions are all older than the window. */
	public void forgetOld() {
		attempts.values().removeIf(times -> {
			synchronized (times) {
				prune(times);
				return times.isEmpty();
			}
		});
	}

}
