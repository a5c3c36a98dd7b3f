package org.relais.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in a sliding window. Past the limit, further
 * attempts are refused (HTTP 429) until the window has moved on, whatever the password. Kept in memory: with
 * several nodes behind a load balancer, each node counts on its own (the limits are then per node).
 */
@Component
public class LoginThrottle {

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final int maxPerAccount;

	private final int maxPerAddress;

	private final Duration window;

	private final Clock clock;

	LoginThrottle(@Value("${relais.security.login.max-failures-per-account:5}") int maxPerAccount,
			@Value("${relais.security.login.max-failures-per-ip:20}") int maxPerAddress,
			@Value("${relais.security.login.window:15m}") Duration window, Clock clock) {
		this.maxPerAccount = maxPerAccount;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
		this.clock = clock;
	}

	public boolean isBlocked(String account, String address) {
		return count(accountKey(account)) >= maxPerAccount
				|| (address != null && count(addressKey(address)) >= maxPerAddress);
	}

	public void failed(String account, String address) {
		add(accountKey(account));
		if (address != null) {
			add(addressKey(address));
		}
	}

	public void succeeded(String account) {
		failures.remove(accountKey(account));
	}

	private static String accountKey(String account) {
		return "a:" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "i:" + address;
	}

	private int count(String key) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times);
			return times.size();
		}
	}

	private void add(String key) {
		Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times);
			times.addLast(clock.instant());
		}
	}

	private void prune(Deque<Instant> times) {
		Instant limit = clock.instant().minus(window);
		while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
			times.pollFirst();
		}
	}

	@Scheduled(fixedDelay = 300_000)
	void evictIdle() {
		failures.entrySet().removeIf(e -> {
			synchronized (e.getValue()) {
				prune(e.getValue());
				return e.getValue().isEmpty();
			}
		});
	}

}
