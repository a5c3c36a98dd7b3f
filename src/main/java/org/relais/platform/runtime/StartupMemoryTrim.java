package org.relais.platform.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives back to the operating system the heap that starting up needed once (migrations, demo data, the first search
 * index build): one full collection when the application is ready, after every other ready listener. With the JVM's
 * default collector (G1) a full collection shrinks the committed heap, so an idle instance keeps a resident size close
 * to what it really uses. {@code relais.memory.trim-after-start=false} turns it off (e.g. when the operator sets
 * {@code -Xms} on purpose).
 */
@Component
@ConditionalOnProperty(name = "relais.memory.trim-after-start", havingValue = "true", matchIfMissing = true)
class StartupMemoryTrim {

	private static final Logger log = LoggerFactory.getLogger(StartupMemoryTrim.class);

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	public void trim() {
		MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		System.gc();
		MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		log.info("Start-up heap trimmed: used {} MB → {} MB, committed {} MB → {} MB", before.getUsed() >> 20,
				after.getUsed() >> 20, before.getCommitted() >> 20, after.getCommitted() >> 20);
	}

}
