package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.relais.directory.domain.Actor;
import org.relais.directory.domain.ChangeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Imports started from the web page run in the background, one at a time: first a preview (dry run), then, when
 * the admin applies it, the import itself on the very same file, kept under {@code RELAIS_DATA_DIR/imports}
 * between the two. Pages poll a job's progress (bytes read of the file). Jobs and their files are forgotten
 * after a day.
 */
@Component
class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	static final Duration KEPT = Duration.ofHours(24);

	enum Phase {
		PREVIEW, APPLY
	}

	enum Status {
		RUNNING, DONE, FAILED
	}

	/** One uploaded file and what was done with it. */
	static final class Job {

		final UUID id = UUID.randomUUID();

		final UUID territoryId;

		final UUID userId;

		final String userName;

		final String fileName;

		final ImportFormat format;

		final Path file;

		final long size;

		final Instant createdAt;

		volatile long read;

		volatile Phase phase = Phase.PREVIEW;

		volatile Status status = Status.RUNNING;

		volatile ImportReport report;

		volatile String failure;

		Job(UUID territoryId, UUID userId, String userName, String fileName, ImportFormat format, Path file, long size,
				Instant createdAt) {
			this.territoryId = territoryId;
			this.userId = userId;
			this.userName = userName;
			this.fileName = fileName;
			this.format = format;
			this.file = file;
			this.size = size;
			this.createdAt = createdAt;
		}

		public UUID getId() {
			return id;
		}

		public String getFileName() {
			return fileName;
		}

		public ImportFormat getFormat() {
			return format;
		}

		public Phase getPhase() {
			return phase;
		}

		public Status getStatus() {
			return status;
		}

		public ImportReport getReport() {
			return report;
		}

		public String getFailure() {
			return failure;
		}

		public Instant getCreatedAt() {
			return createdAt;
		}

		public String getUserName() {
			return userName;
		}

		public int getPercent() {
			if (status != Status.RUNNING) {
				return 100;
			}
			return size <= 0 ? 0 : (int) Math.min(99, read * 100 / size);
		}

		/** A finished preview that read the file and can now be applied. */
		public boolean isApplicable() {
			return phase == Phase.PREVIEW && status == Status.DONE && report != null && report.error() == null
					&& Files.exists(file);
		}

	}

	private final DirectoryImporter importer;

	private final Clock clock;

	private final Path directory;

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "directory-import");
		t.setDaemon(true);
		return t;
	});

	ImportJobs(DirectoryImporter importer, Clock clock, @Value("${relais.data-dir}") Path dataDir) {
		this.importer = importer;
		this.clock = clock;
		this.directory = dataDir.resolve("imports");
	}

	/** Keeps the file and starts its preview. */
	Job start(UUID territoryId, UUID userId, String userName, String fileName, ImportFormat format, InputStream content)
			throws IOException {
		Files.createDirectories(directory);
		Path file = directory.resolve(UUID.randomUUID() + ".upload");
		long size = Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
		Job job = new Job(territoryId, userId, userName, fileName, format, file, size, clock.instant());
		jobs.put(job.id, job);
		submit(job, true);
		return job;
	}

	/** Applies a finished preview. */
	void apply(Job job) {
		synchronized (job) {
			if (!job.isApplicable()) {
				throw new IllegalStateException("not applicable");
			}
			job.phase = Phase.APPLY;
			job.status = Status.RUNNING;
			job.read = 0;
			job.report = null;
		}
		submit(job, false);
	}

	private void submit(Job job, boolean dryRun) {
		executor.submit(() -> {
			try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(job.file), 1 << 16)) {
				ImportReport report = importer.run(new DirectoryImporter.Request(job.territoryId, job.format, dryRun,
						new Actor(job.userId, job.userName, ChangeSource.IMPORT), true), in, n -> job.read = n);
				job.report = report;
				job.status = Status.DONE;
			}
			catch (DirectoryImporter.Busy ex) {
				job.failure = "directory.imports.busy";
				job.status = Status.FAILED;
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Directory import job {} failed", job.id, ex);
				job.failure = "directory.imports.error.failed";
				job.status = Status.FAILED;
			}
			finally {
				if (!dryRun) {
					delete(job.file);
				}
			}
		});
	}

	Optional<Job> find(UUID id, UUID territoryId) {
		Job job = jobs.get(id);
		return job != null && job.territoryId.equals(territoryId) ? Optional.of(job) : Optional.empty();
	}

	List<Job> recent(UUID territoryId) {
		return jobs.values()
			.stream()
			.filter(j -> j.territoryId.equals(territoryId))
			.sorted(Comparator.comparing((Job j) -> j.createdAt).reversed())
			.limit(10)
			.toList();
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 3_600_000)
	void forgetOldJobs() {
		Instant limit = clock.instant().minus(KEPT);
		jobs.values().removeIf(j -> {
			if (j.createdAt.isBefore(limit) && j.status != Status.RUNNING) {
				delete(j.file);
				return true;
			}
			return false;
		});
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Cannot delete {}", file);
		}
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
