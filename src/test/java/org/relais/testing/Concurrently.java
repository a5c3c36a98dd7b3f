package org.relais.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The concurrency tests' harness: calls on their own threads, released at the same instant. */
public final class Concurrently {

	private Concurrently() {
	}

	/** Runs the calls on as many threads released at the same instant; their answers in the calls' order. */
	public static <T> List<T> together(List<Callable<T>> calls) throws Exception {
		CountDownLatch ready = new CountDownLatch(calls.size());
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return call.call();
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<T> out = new ArrayList<>();
			for (Future<T> f : futures) {
				out.add(f.get(60, TimeUnit.SECONDS));
			}
			return out;
		}
		finally {
			pool.shutdown();
		}
	}

}
