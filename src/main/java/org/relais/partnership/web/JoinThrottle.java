package org.relais.partnership.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the partnership applications sent from one client address within a window (in memory, per node); past the
 * limit the form answers 429 without writing anything.
 */
@Component
class JoinThrottle {

	private final Map<String, ConcurrentLinkedDeque<Instant>> sent = new ConcurrentHashMap<>();

	private final int limit;

	private final Duration window;

	private final Clock clock;

	JoinThrottle(@Value("${relais.partnership.max-applications-per-ip:5}") int limit,
			@Value("${relais.partnership.application-window:1h}") Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Whether this address may send one more application now (and counts it). */
	synchronized boolean allow(String address) {
		Instant now = clock.instant();
		ConcurrentLinkedDeque<Instant> times = sent.computeIfAbsent(String.valueOf(address),
				a -> new ConcurrentLinkedDeque<>());
		times.removeIf(t -> t.isBefore(now.minus(window)));
		if (times.size() >= limit) {
			return false;
		}
		times.add(now);
		return true;
	}

	@Scheduled(fixedDelay = 900_000)
	synchronized void forget() {
		Instant limitTime = clock.instant().minus(window);
		sent.values().forEach(times -> times.removeIf(t -> t.isBefore(limitTime)));
		sent.values().removeIf(ConcurrentLinkedDeque::isEmpty);
	}

}
