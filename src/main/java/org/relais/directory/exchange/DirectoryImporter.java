package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

import jakarta.persistence.EntityManager;

import org.relais.directory.domain.Actor;
import org.relais.directory.domain.DirectoryChanges;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Taxonomy;
import org.relais.directory.exchange.ImportReport.Entry;
import org.relais.directory.exchange.ImportReport.Outcome;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import pipeline, the same for every format and path: read the file into records, check each, map its
 * codes, and write it by (territory, source, external id). Records go in chunks of {@value #CHUNK}, one
 * transaction each; when a chunk fails, its records are written again one transaction each, so that the one at
 * fault is rejected and nothing of it stays. A dry run goes through the very same steps in one transaction
 * that is rolled back, so that its report is what applying would do.
 */
@Component
public class DirectoryImporter {

	static final int CHUNK = 2000;

	private static final Logger log = LoggerFactory.getLogger(DirectoryImporter.class);

	/** What to import where, as whom. */
	public record Request(UUID territoryId, ImportFormat format, boolean dryRun, Actor actor, boolean adminImporter) {
	}

	/** Another import of the same territory is running. */
	public static final class Busy extends RuntimeException {

		Busy() {
			super("an import is already running for this territory", null, false, false);
		}

	}

	private final EntityManager em;

	private final TransactionTemplate tx;

	private final DirectoryChanges changes;

	private final Taxonomy taxonomy;

	private final TerritoryCatalog territories;

	private final Clock clock;

	private final SearchIndexing indexing;

	private final Map<ImportFormat, RecordReader> readers;

	private final Set<UUID> running = ConcurrentHashMap.newKeySet();

	DirectoryImporter(EntityManager em, PlatformTransactionManager transactions, DirectoryChanges changes,
			Taxonomy taxonomy, TerritoryCatalog territories, Clock clock, SearchIndexing indexing) {
		this.em = em;
		this.tx = new TransactionTemplate(transactions);
		this.changes = changes;
		this.taxonomy = taxonomy;
		this.territories = territories;
		this.clock = clock;
		this.indexing = indexing;
		this.readers = new EnumMap<>(ImportFormat.class);
		HsdsReader hsds = new HsdsReader();
		readers.put(ImportFormat.HSDS, hsds);
		readers.put(ImportFormat.HSDS_CSV, new HsdsCsvReader(hsds));
		readers.put(ImportFormat.DATA_INCLUSION, new DataInclusionReader());
		readers.put(ImportFormat.CSV, new CsvTemplate.Reader());
	}

	/**
	 * Imports a file. {@code progress} receives the number of bytes read so far.
	 * @throws Busy when the territory is already importing
	 */
	public ImportReport run(Request request, InputStream file, LongConsumer progress) {
		TerritorySummary territory = territories.find(request.territoryId())
			.orElseThrow(() -> new IllegalArgumentException("unknown territory"));
		if (!running.add(territory.id())) {
			throw new Busy();
		}
		try {
			return runLocked(request, territory, file, progress);
		}
		finally {
			running.remove(territory.id());
		}
	}

	private ImportReport runLocked(Request request, TerritorySummary territory, InputStream file, LongConsumer progress) {
		Instant started = clock.instant();
		ZoneMapper zones = new ZoneMapper(territory, territories.areas(territory.id()));
		RecordChecks checks = new RecordChecks(taxonomy, zones, territory.country());
		EntryWriter writer = new EntryWriter(em, changes, territory.id(), territory.defaultLanguage(),
				ZoneId.of(territory.timeZone()), zones, request.actor(), request.adminImporter(), clock::instant);
		Run run = new Run(request, checks, writer);
		RecordReader.Context context = new RecordReader.Context(territory.defaultLanguage(), territory.country());
		CountingInputStream in = new CountingInputStream(file, progress);
		ImportMessage error = null;
		try {
			if (request.dryRun()) {
				tx.executeWithoutResult(status -> {
					status.setRollbackOnly();
					indexing.pause();
					preload(writer, territory.id());
					try {
						readers.get(request.format()).read(in, context, run::accept);
					}
					catch (IOException ex) {
						throw new RecordReader.UnreadableFileException("directory.imports.error.unreadable", ex.getMessage());
					}
					run.drain();
				});
			}
			else {
				tx.executeWithoutResult(status -> preload(writer, territory.id()));
				try {
					readers.get(request.format()).read(in, context, run::accept);
				}
				catch (IOException ex) {
					throw new RecordReader.UnreadableFileException("directory.imports.error.unreadable", ex.getMessage());
				}
				run.drain();
			}
		}
		catch (RecordReader.UnreadableFileException ex) {
			error = ex.reason();
		}
		catch (RuntimeException ex) {
			log.warn("Directory import into {} stopped", territory.slug(), ex);
			error = ImportMessage.of("directory.imports.error.failed");
		}
		if (!request.dryRun()) {
			try {
				Set<UUID> services = new java.util.LinkedHashSet<>(writer.touchedServices);
				if (!writer.touchedOrganisations.isEmpty()) {
					services.addAll(tx.execute(status -> em
						.createQuery("select s.id from Service s where s.organisation.id in :ids", UUID.class)
						.setParameter("ids", writer.touchedOrganisations)
						.getResultList()));
				}
				indexing.reindex(territory.id(), services);
				indexing.awaitPending();
			}
			catch (RuntimeException ex) {
				// the entries are stored; the search finds them after the next index rebuild
				log.warn("Services imported into {} could not be indexed now: {}", territory.slug(), ex.toString());
			}
		}
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		for (Outcome o : Outcome.values()) {
			counts.put(o, 0);
		}
		run.entries.forEach(e -> counts.merge(e.outcome(), 1, Integer::sum));
		ImportReport report = new ImportReport(request.format().code(), territory.slug(), request.dryRun(), started,
				clock.instant(), counts, List.copyOf(run.entries), error);
		log.info("Directory import into {} ({}, {}): {} created, {} updated, {} unchanged, {} rejected in {} ms",
				territory.slug(), request.format().code(), request.dryRun() ? "dry run" : "applied",
				counts.get(Outcome.CREATED), counts.get(Outcome.UPDATED), counts.get(Outcome.UNCHANGED),
				counts.get(Outcome.REJECTED), report.finishedAt().toEpochMilli() - started.toEpochMilli());
		return report;
	}

	private void preload(EntryWriter writer, UUID territoryId) {
		for (Object[] row : em
			.createQuery("select o.id, o.source, o.externalId from Organisation o where o.territoryId = :t", Object[].class)
			.setParameter("t", territoryId)
			.getResultList()) {
			writer.organisations.load((UUID) row[0], (String) row[1], (String) row[2]);
		}
		for (Object[] row : em
			.createQuery("select l.id, l.source, l.externalId from Location l where l.territoryId = :t", Object[].class)
			.setParameter("t", territoryId)
			.getResultList()) {
			writer.locations.load((UUID) row[0], (String) row[1], (String) row[2]);
		}
		for (Object[] row : em
			.createQuery("select s.id, s.source, s.externalId from Service s where s.territoryId = :t", Object[].class)
			.setParameter("t", territoryId)
			.getResultList()) {
			writer.services.load((UUID) row[0], (String) row[1], (String) row[2]);
		}
	}

	/** One run: the records waiting for their chunk, and the report entries. */
	private final class Run {

		final Request request;

		final RecordChecks checks;

		final EntryWriter writer;

		final List<ImportRecord> chunk = new ArrayList<>(CHUNK);

		final List<Entry> entries = new ArrayList<>();

		/** Organisations (source + id) already reported in this run, when nested in several services. */
		final Set<String> organisationsSeen = new java.util.HashSet<>();

		Run(Request request, RecordChecks checks, EntryWriter writer) {
			this.request = request;
			this.checks = checks;
			this.writer = writer;
		}

		void accept(ImportRecord r) {
			chunk.add(r);
			if (chunk.size() >= CHUNK) {
				drain();
			}
		}

		void drain() {
			if (chunk.isEmpty()) {
				return;
			}
			List<ImportRecord> records = List.copyOf(chunk);
			chunk.clear();
			for (ImportRecord r : records) {
				checks.check(r);
			}
			if (request.dryRun()) {
				List<Entry> written = new ArrayList<>();
				for (ImportRecord r : records) {
					written.addAll(write(r));
				}
				em.flush();
				em.clear();
				writer.commitChunk();
				entries.addAll(written);
				return;
			}
			Set<String> seenBefore = Set.copyOf(organisationsSeen);
			try {
				List<Entry> written = tx.execute(status -> {
					indexing.inSession();
					writer.prefetch(records);
					List<Entry> out = new ArrayList<>();
					for (ImportRecord r : records) {
						out.addAll(write(r));
					}
					em.flush();
					return out;
				});
				writer.commitChunk();
				entries.addAll(written);
			}
			catch (RuntimeException ex) {
				log.warn("Import chunk failed, writing its records one by one: {}", ex.toString());
				writer.rollbackChunk();
				organisationsSeen.retainAll(seenBefore);
				for (ImportRecord r : records) {
					try {
						List<Entry> written = tx.execute(status -> {
							indexing.inSession();
							List<Entry> out = write(r);
							em.flush();
							return out;
						});
						writer.commitChunk();
						entries.addAll(written);
					}
					catch (RuntimeException single) {
						writer.rollbackChunk();
						log.warn("Import record {} rejected by the database: {}", r.position, single.toString());
						entries.add(rejected(r, kind(r), List.of(ImportMessage.of("directory.imports.error.storage"))));
					}
				}
			}
		}

		/** Writes one checked record; returns its report entries (its organisation's first, when nested). */
		private List<Entry> write(ImportRecord r) {
			List<Entry> out = new ArrayList<>();
			if (!r.errors.isEmpty()) {
				out.add(rejected(r, kind(r), r.errors));
				return out;
			}
			if (r.kind == ImportRecord.Kind.ORGANISATION) {
				String key = r.organisation.source + '\u0000' + r.organisation.externalId;
				EntryWriter.Written<Organisation> w = writer.organisation(r.organisation);
				organisationsSeen.add(key);
				out.add(entry(r, "organisation", r.organisation.externalId, r.name(), w.outcome(), r.warnings));
				return out;
			}
			Organisation organisation;
			Drafts.Organisation nested = r.organisation;
			if (nested != null && organisationsSeen.add(nested.source + '\u0000' + nested.externalId)) {
				EntryWriter.Written<Organisation> w = writer.organisation(nested);
				organisation = w.entity();
				String name = nested.name.values().stream().filter(s -> s != null).findFirst().orElse(null);
				out.add(entry(r, "organisation", nested.externalId, name, w.outcome(), List.of()));
			}
			else {
				String source = nested != null ? nested.source : r.service.organisationSource;
				String externalId = nested != null ? nested.externalId : r.service.organisationExternalId;
				UUID id = externalId == null ? null : writer.organisationId(source, externalId);
				if (id == null) {
					out.add(rejected(r, "service",
							List.of(ImportMessage.of("directory.imports.error.unknownOrganisation",
									externalId == null ? "" : externalId))));
					return out;
				}
				organisation = em.find(Organisation.class, id);
			}
			EntryWriter.Written<org.relais.directory.domain.Service> w = writer.service(organisation, r.service);
			out.add(entry(r, "service", r.service.externalId, r.name(), w.outcome(), r.warnings));
			return out;
		}

		private String kind(ImportRecord r) {
			return r.kind == ImportRecord.Kind.ORGANISATION ? "organisation" : "service";
		}

		private Entry rejected(ImportRecord r, String kind, List<ImportMessage> reasons) {
			return new Entry(r.position, kind, r.externalId(), r.name(), Outcome.REJECTED, List.copyOf(reasons),
					List.copyOf(r.warnings));
		}

		private Entry entry(ImportRecord r, String kind, String externalId, String name, Outcome outcome,
				List<ImportMessage> warnings) {
			return new Entry(r.position, kind, externalId, name, outcome, List.of(), List.copyOf(warnings));
		}

	}

	/** Counts the bytes read, for the progress bar. */
	private static final class CountingInputStream extends java.io.FilterInputStream {

		private final LongConsumer progress;

		private long count;

		CountingInputStream(InputStream in, LongConsumer progress) {
			super(in);
			this.progress = progress == null ? n -> {
			} : progress;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				progress.accept(++count);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
				progress.accept(count);
			}
			return n;
		}

	}

}
