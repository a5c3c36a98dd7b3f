package org.relais.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.hibernate.SessionFactory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.stat.Statistics;
import org.relais.RelaisApplication;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Service;
import org.relais.directory.search.DirectoryIndex;
import org.relais.directory.search.DirectorySearch;
import org.relais.directory.search.SearchQuery;
import org.relais.directory.search.SearchResult;
import org.relais.territory.TerritoryCatalog;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search benchmark. Starts Relais (Spring context, H2 file database and Lucene index under a data folder kept
 * between runs), fills the directory with N generated services when the folder does not hold them yet (JDBC
 * batches, then the application's mass indexer, both timed), then runs a typical professional search through the
 * application ({@link DirectorySearch}) and the same query on plain Lucene ({@link RawLuceneSearch}), interleaved,
 * after a warm-up, and prints p50/p95/p99 of both, their ratio, and a breakdown of where the application's time
 * goes (Hibernate Search on the same Lucene query without entities, then with the entities loaded).
 *
 * <pre>
 * SearchBench SERVICES [--data=DIR] [--iterations=N] [--warmup=N] [--seed=S] [--reindex] [--profile-floor]
 * </pre>
 */
public final class SearchBench {

	static final String LYON = "metropole-de-lyon";

	static final String ZURICH = "kanton-zuerich";

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> positional = new ArrayList<>();
		for (String a : args) {
			if (a.startsWith("--")) {
				int eq = a.indexOf('=');
				options.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
			}
			else {
				positional.add(a);
			}
		}
		if (positional.size() != 1) {
			System.err.println("usage: SearchBench SERVICES [--data=DIR] [--iterations=N] [--warmup=N] [--seed=S] [--reindex] [--profile-floor]");
			System.exit(2);
		}
		int services = Integer.parseInt(positional.get(0).replace("_", ""));
		long seed = Long.parseLong(options.getOrDefault("seed", "20261123"));
		int iterations = Integer.parseInt(options.getOrDefault("iterations", "1000"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "300"));
		Path data = Path.of(options.getOrDefault("data",
				System.getProperty("java.io.tmpdir") + "/relais-bench-search/" + services + "-" + seed))
			.toAbsolutePath();
		Files.createDirectories(data);
		Path marker = data.resolve("bench.properties");
		Properties done = new Properties();
		if (Files.exists(marker)) {
			try (Reader r = Files.newBufferedReader(marker)) {
				done.load(r);
			}
		}

		System.out.printf("Relais search benchmark: %,d services, data folder %s%n", services, data);
		System.out.printf("java %s, %d cores, load average %s%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), loadAverage());
		setDefault("relais.data-dir", data.toString());
		setDefault("relais.demo", "true");
		setDefault("server.port", "0");
		setDefault("server.address", "127.0.0.1");
		setDefault("spring.main.banner-mode", "off");
		setDefault("logging.level.root", "WARN");
		setDefault("logging.level.org.relais.directory.search", "INFO");
		setDefault("logging.level.org.hibernate.search.mapper.massindexing", "INFO");
		setDefault("spring.jpa.properties.hibernate.generate_statistics", "true");

		long t0 = System.nanoTime();
		ConfigurableApplicationContext context = SpringApplication.run(RelaisApplication.class);
		System.out.printf("Relais started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
		try {
			TerritoryCatalog catalog = context.getBean(TerritoryCatalog.class);
			UUID lyon = catalog.findBySlug(LYON).orElseThrow().id();
			UUID zurich = catalog.findBySlug(ZURICH).orElseThrow().id();
			if (!String.valueOf(services).equals(done.getProperty("services"))) {
				generate(context, services, seed, lyon, zurich, data, marker);
			}
			else {
				System.out.printf("Reusing the directory generated on %s (generation %s s, indexing %s s)%n",
						done.getProperty("generated"), done.getProperty("generation.seconds"),
						done.getProperty("indexing.seconds"));
				if (options.containsKey("reindex")) {
					reindex(context);
				}
			}
			run(context, lyon, data, iterations, warmup, options);
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	private static void generate(ConfigurableApplicationContext context, int services, long seed, UUID lyon,
			UUID zurich, Path data, Path marker) throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		Long existing = jdbc.queryForObject("select count(*) from dir_service where source = ?", Long.class,
				JdbcDirectoryWriter.SOURCE);
		if (existing != null && existing > 0) {
			System.out.printf("Removing %,d services of an interrupted generation%n", existing);
			jdbc.update("delete from dir_organisation where source = ?", JdbcDirectoryWriter.SOURCE);
		}
		DirectoryGenerator generator = new DirectoryGenerator(seed,
				List.of(new DirectoryGenerator.Territory(lyon, LYON, "fr", "FR", Places.LYON),
						new DirectoryGenerator.Territory(zurich, ZURICH, "de", "CH", Places.ZURICH)),
				Instant.now());
		long t0 = System.nanoTime();
		long organisations;
		long locations;
		long slots;
		try (JdbcDirectoryWriter writer = new JdbcDirectoryWriter(context.getBean(DataSource.class))) {
			int step = Math.max(services / 10, 1);
			int[] next = { step };
			generator.generate(services, org -> {
				writer.write(org);
				if (writer.services >= next[0]) {
					System.out.printf("  %,d services written (%.0f s)%n", writer.services, (System.nanoTime() - t0) / 1e9);
					next[0] += step;
				}
			});
			organisations = writer.organisations;
			locations = writer.locations;
			slots = writer.slots;
		}
		double generation = (System.nanoTime() - t0) / 1e9;
		System.out.printf("Generated and written in %.1f s: %,d organisations, %,d locations, %,d weekly slots, %,d services%n",
				generation, organisations, locations, slots, services);
		double indexing = reindex(context);
		Properties p = new Properties();
		p.setProperty("services", String.valueOf(services));
		p.setProperty("organisations", String.valueOf(organisations));
		p.setProperty("generated", Instant.now().toString());
		p.setProperty("generation.seconds", String.format("%.1f", generation));
		p.setProperty("indexing.seconds", String.format("%.1f", indexing));
		try (Writer w = Files.newBufferedWriter(marker)) {
			p.store(w, "generated by org.relais.bench.SearchBench; delete this folder to generate again");
		}
	}

	private static double reindex(ConfigurableApplicationContext context) {
		System.out.println("Mass indexing (DirectoryIndex.reindex, the application's way)...");
		long t0 = System.nanoTime();
		// DirectoryIndex.reindex() needs a transaction for its session (at start it runs inside buildWhenEmpty's)
		TransactionTemplate tx = new TransactionTemplate(
				context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		tx.setReadOnly(true);
		tx.executeWithoutResult(t -> context.getBean(DirectoryIndex.class).reindex());
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("Indexed in %.1f s%n", seconds);
		return seconds;
	}

	private static void run(ConfigurableApplicationContext context, UUID lyon, Path data, int iterations, int warmup,
			Map<String, String> options)
			throws IOException {
		DirectorySearch app = context.getBean(DirectorySearch.class);
		EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
		EntityManager em = SharedEntityManagerCreator.createSharedEntityManager(emf);
		TransactionTemplate tx = new TransactionTemplate(context.getBean(
				org.springframework.transaction.PlatformTransactionManager.class));
		tx.setReadOnly(true);
		SearchMapping mapping = Search.mapping(emf);
		LuceneBackend backend = mapping.backend().unwrap(LuceneBackend.class);
		Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
		Path indexDir = indexDirectory(data.resolve("index"));
		RawLuceneSearch raw = new RawLuceneSearch(indexDir, name -> backend.analyzer(name).orElseThrow());
		String territory = lyon.toString();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		List<BenchQuery> variants = BenchQuery.variants(60, today);

		long indexed = count(em, tx);
		System.out.printf("Index: %s, %,d Lucene documents (services and their nested weekly slots), %,d services indexed%n",
				indexDir, raw.maxDoc(), indexed);

		// Same answers? Totals of the application and of plain Lucene, for every variant.
		int mismatches = 0;
		long totalHits = 0;
		for (BenchQuery q : variants) {
			SearchResult a = app.search(appQuery(lyon, q));
			RawLuceneSearch.Result r = raw.search(territory, q, 20);
			totalHits += a.total();
			if (a.total() != r.total()
					|| !a.facets().get("need_category").equals(r.facets().get("need_category"))) {
				mismatches++;
				if (mismatches <= 3) {
					System.out.printf("  MISMATCH %s: application %d hits %s, Lucene %d hits %s%n", q, a.total(),
							a.facets().get("need_category"), r.total(), r.facets().get("need_category"));
				}
			}
		}
		BenchQuery first = variants.get(0);
		SearchResult sample = app.search(appQuery(lyon, first));
		System.out.printf("Query: text \"%s\", need category %s, not full, open on %s, within %.0f km of (%.4f, %.4f), "
				+ "by relevance, page 1 of 20, 8 facets; %d variants (texts, categories, points, days), %.0f hits on average%n",
				first.text(), first.category(), first.day().getDayOfWeek(), first.radiusKm(), first.latitude(),
				first.longitude(), variants.size(), (double) totalHits / variants.size());
		System.out.printf("  e.g. %d hits, first: %s%n", sample.total(),
				sample.hits().stream().limit(3).map(h -> h.name() + " (" + h.organisationName() + ")").toList());
		System.out.printf("Same totals and category facets on both paths: %s%n",
				mismatches == 0 ? "yes, for all " + variants.size() + " variants" : "NO, " + mismatches + " variants differ");

		// The breakdown: Hibernate Search on the very same Lucene query, without and with entity loading.
		Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
		int[] cursor = { 0 };
		Supplier<BenchQuery> next = () -> variants.get(cursor[0] % variants.size());
		calls.put("application: DirectorySearch.search", () -> app.search(appQuery(lyon, next.get())));
		calls.put("Lucene: IndexSearcher, same query (floor)", () -> raw.search(territory, next.get(), 20));
		calls.put("breakdown: HS, same Lucene query, ids only", () -> tx.execute(t -> hsIds(em, raw, territory, next.get())));
		calls.put("breakdown: HS, same query, 20 entities", () -> tx.execute(t -> hsEntities(em, raw, territory, next.get())));
		Map<String, Timings> timings = new LinkedHashMap<>();
		Map<String, Timings> cpu = new LinkedHashMap<>();
		calls.keySet().forEach(k -> timings.put(k, new Timings(k)));
		calls.keySet().forEach(k -> cpu.put(k, new Timings(k)));
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Map<String, Long> memory = new LinkedHashMap<>();

		System.out.printf("Warm-up: %d rounds...%n", warmup);
		long tw = System.nanoTime();
		for (int i = 0; i < warmup; i++, cursor[0]++) {
			calls.values().forEach(Supplier::get);
		}
		System.out.printf("Measuring: %d rounds, the four calls interleaved, order rotating (warm-up took %.0f s)...%n",
				iterations, (System.nanoTime() - tw) / 1e9);
		List<String> names = new ArrayList<>(calls.keySet());
		statistics.clear();
		for (int i = 0; i < iterations; i++, cursor[0]++) {
			for (int k = 0; k < names.size(); k++) {
				String name = names.get((i + k) % names.size());
				long m = allocated(threads);
				long c = threads.getCurrentThreadCpuTime();
				long t = System.nanoTime();
				calls.get(name).get();
				timings.get(name).add(System.nanoTime() - t);
				cpu.get(name).add(threads.getCurrentThreadCpuTime() - c);
				memory.merge(name, allocated(threads) - m, Long::sum);
			}
		}
		long statements = statistics.getPrepareStatementCount();
		long entities = statistics.getEntityLoadCount();
		long collections = statistics.getCollectionLoadCount();

		System.out.println();
		System.out.println("Wall-clock time: " + Timings.header());
		timings.values().forEach(t -> System.out.println("                 " + t.row()));
		Timings a = timings.get(names.get(0));
		Timings r = timings.get(names.get(1));
		System.out.printf("ratio application / Lucene:  p50 %.2f   p95 %.2f   p99 %.2f   (target: within 2x)%n",
				a.percentile(50) / r.percentile(50), a.percentile(95) / r.percentile(95),
				a.percentile(99) / r.percentile(99));
		System.out.println();
		System.out.println("CPU time of the calling thread (less sensitive to the other processes of a shared machine):");
		System.out.println("                 " + Timings.header());
		cpu.values().forEach(t -> System.out.println("                 " + t.row()));
		Timings ac = cpu.get(names.get(0));
		Timings rc = cpu.get(names.get(1));
		System.out.printf("ratio application / Lucene:  p50 %.2f   p95 %.2f   p99 %.2f%n%n",
				ac.percentile(50) / rc.percentile(50), ac.percentile(95) / rc.percentile(95),
				ac.percentile(99) / rc.percentile(99));
		System.out.println("Memory allocated per call (by the calling thread; drives the garbage collector's pauses):");
		memory.forEach((name, bytes) -> System.out.printf("                 %-44s %7.2f MB%n", name,
				bytes / 1e6 / iterations));
		System.out.printf("SQL per round (application + 20-entity breakdown): %.1f statements, %.1f entities, %.1f collections loaded%n",
				(double) statements / iterations, (double) entities / iterations, (double) collections / iterations);
		int n = indexedServices(indexed);
		String target = n >= 1_000_000 ? "60" : n >= 100_000 ? "25" : null;
		if (target != null) {
			double p95 = a.percentile(95);
			System.out.printf("target p95 <= %s ms at %,d services: %s (p95 %.2f ms); within 2x of Lucene: %s%n", target,
					n, p95 <= Double.parseDouble(target) ? "met" : "MISSED", p95,
					a.percentile(95) <= 2 * r.percentile(95) ? "met" : "MISSED");
		}
		if (options.containsKey("profile-floor")) {
			profileFloor(raw, territory, variants, iterations / 2, threads);
		}
		System.out.printf("load average after: %s%n", loadAverage());
		raw.close();
	}

	/** Where the floor's own time goes: the plain Lucene query without each of its costly parts (CPU time). */
	private static void profileFloor(RawLuceneSearch raw, String territory, List<BenchQuery> variants, int rounds,
			ThreadMXBean threads) {
		Map<String, Set<String>> cases = new LinkedHashMap<>();
		cases.put("floor: the whole query", Set.of());
		cases.put("floor without the fuzzy clauses", Set.of("fuzzy"));
		cases.put("floor, fuzzy in French and neutral only", Set.of("fuzzy-other-languages"));
		cases.put("floor without the distance filter", Set.of("geo"));
		cases.put("floor, distance checked on doc values", Set.of("geo-docvalues"));
		cases.put("floor without the open-on-a-day join", Set.of("nested"));
		cases.put("floor without the 8 facets", Set.of("facets"));
		Map<String, Timings> cpu = new LinkedHashMap<>();
		cases.keySet().forEach(k -> cpu.put(k, new Timings(k)));
		List<String> names = new ArrayList<>(cases.keySet());
		for (int i = 0; i < rounds; i++) {
			BenchQuery q = variants.get(i % variants.size());
			for (int k = 0; k < names.size(); k++) {
				String name = names.get((i + k) % names.size());
				long c = threads.getCurrentThreadCpuTime();
				raw.search(territory, q, 20, cases.get(name));
				cpu.get(name).add(threads.getCurrentThreadCpuTime() - c);
			}
		}
		System.out.println("Floor breakdown, CPU time (" + rounds + " rounds):");
		System.out.println("                 " + Timings.header());
		cpu.values().forEach(t -> System.out.println("                 " + t.row()));
	}

	private static long allocated(ThreadMXBean threads) {
		return threads instanceof com.sun.management.ThreadMXBean sun ? sun.getCurrentThreadAllocatedBytes() : 0;
	}

	private static int indexedServices(long indexed) {
		return (int) indexed;
	}

	private static long count(EntityManager em, TransactionTemplate tx) {
		return tx.execute(t -> Search.session(em).search(Service.class).where(f -> f.matchAll()).fetchTotalHitCount());
	}

	static SearchQuery appQuery(UUID territory, BenchQuery q) {
		return new SearchQuery(territory, true, q.text(), "fr", Set.of(q.category()), null, null, null, null, false,
				q.day(), null, null, true, q.latitude(), q.longitude(), q.radiusKm(), null, SearchQuery.Sort.RELEVANCE, 0,
				20);
	}

	/** Hibernate Search running the raw Lucene query, with the same sort and aggregations, returning ids. */
	private static Object hsIds(EntityManager em, RawLuceneSearch raw, String territory, BenchQuery q) {
		Query query = raw.query(territory, q);
		var step = Search.session(em).search(Service.class).select(f -> f.id()).where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(query));
		for (String facet : RawLuceneSearch.FACETS) {
			step = step.aggregation(AggregationKey.of(facet), f -> f.terms().field(facet, String.class).maxTermCount(200));
		}
		return step.sort(f -> f.score().then().field("sort_name")).fetch(0, 20);
	}

	/** The same, loading the 20 services and what a hit shows (organisation, locations), as the application does. */
	private static Object hsEntities(EntityManager em, RawLuceneSearch raw, String territory, BenchQuery q) {
		Query query = raw.query(territory, q);
		var step = Search.session(em).search(Service.class).where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(query));
		for (String facet : RawLuceneSearch.FACETS) {
			step = step.aggregation(AggregationKey.of(facet), f -> f.terms().field(facet, String.class).maxTermCount(200));
		}
		var result = step.sort(f -> f.score().then().field("sort_name")).fetch(0, 20);
		double sum = 0;
		for (Service s : result.hits()) {
			sum += s.getOrganisation().getName().get("fr", "fr").length();
			for (Location l : s.getLocations()) {
				sum += l.hasCoordinates() ? l.getLatitude() : 0;
			}
		}
		return sum;
	}

	private static Path indexDirectory(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(p -> p.getFileName().toString().startsWith("segments_"))
				.map(Path::getParent)
				.filter(p -> p.toString().contains("service"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no Lucene index of services under " + root));
		}
	}

	private static void setDefault(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private SearchBench() {
	}

}
