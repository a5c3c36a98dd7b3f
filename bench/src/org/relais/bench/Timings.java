package org.relais.bench;

import java.util.Arrays;

/** Measured durations of one kind of call, and their percentiles (exact: every sample is kept). */
final class Timings {

	final String name;

	private long[] nanos = new long[1024];

	private int count;

	Timings(String name) {
		this.name = name;
	}

	void add(long duration) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
		}
		nanos[count++] = duration;
	}

	int count() {
		return count;
	}

	/** The p-th percentile in milliseconds (nearest rank). */
	double percentile(double p) {
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * count);
		return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
	}

	double mean() {
		long total = 0;
		for (int i = 0; i < count; i++) {
			total += nanos[i];
		}
		return count == 0 ? 0 : total / 1e6 / count;
	}

	String row() {
		return String.format("%-44s %7.2f %7.2f %7.2f %7.2f %7.2f", name, percentile(50), percentile(95),
				percentile(99), percentile(100), mean());
	}

	static String header() {
		return String.format("%-44s %7s %7s %7s %7s %7s", "ms per call", "p50", "p95", "p99", "max", "mean");
	}

}
