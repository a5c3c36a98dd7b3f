package org.relais.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes an HSDS 3.0 JSON file of N generated services (the same generator as the search benchmark, without a
 * database), for an import benchmark: {@code GenerateHsds SERVICES FILE [--seed=S]}.
 */
public final class GenerateHsds {

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: GenerateHsds SERVICES FILE [--seed=S]");
			System.exit(2);
		}
		int services = Integer.parseInt(args[0].replace("_", ""));
		Path file = Path.of(args[1]);
		long seed = 20261123L;
		for (int i = 2; i < args.length; i++) {
			if (args[i].startsWith("--seed=")) {
				seed = Long.parseLong(args[i].substring(7));
			}
		}
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		long t0 = System.nanoTime();
		DirectoryGenerator generator = new DirectoryGenerator(seed, DirectoryGenerator.standalone(), Instant.now());
		int organisations;
		try (HsdsWriter writer = new HsdsWriter(file, seed)) {
			organisations = generator.generate(services, writer::write);
		}
		System.out.printf("%s: %,d services of %,d organisations, %,d bytes, written in %.1f s%n", file, services,
				organisations, Files.size(file), (System.nanoTime() - t0) / 1e9);
	}

	private GenerateHsds() {
	}

}
