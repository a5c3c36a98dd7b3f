package org.relais.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.relais.bench.Places.Commune;
import org.relais.directory.NeedIndex;
import org.relais.directory.OpeningTimes;
import org.relais.directory.SaturationLevel;
import org.relais.directory.ServiceEligibility;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.OpeningHours;
import org.relais.directory.domain.WeeklySlot;
import org.relais.referral.MatchProfile;
import org.relais.referral.MatchResult;
import org.relais.referral.Matcher;

/**
 * The matching benchmark: the matching rules ({@link Matcher#match}, what {@code Matching.match} and so the
 * orientation page and {@code POST /api/v1/matches} call) over the eligibility records of one territory of N
 * generated services (default 100 000, all in the Métropole de Lyon), built in memory the way
 * {@code DirectoryCatalog} builds them (real opening hours of the generated weekly slots, zones, publics, ages,
 * languages, saturation, freshness). A typical match: 2 needs, a profile with an age, a commune and 2 publics,
 * French, 20 km, not remote, now or at a weekday time; cycling through pairs of the 20 most offered needs, 8
 * communes and publics pairs. Measures the path of {@code Matching.match} (candidates from the snapshot's
 * {@link NeedIndex}, then the rules) and, interleaved, the rules over every service (the path before the index),
 * and prints p50/p95/p99 wall-clock and CPU time of the calling thread after a warm-up.
 *
 * <pre>
 * MatchBench [SERVICES] [--iterations=N] [--warmup=N] [--seed=S]
 * </pre>
 */
public final class MatchBench {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final String[][] PUBLIC_PAIRS = { { "beneficiaires-des-minimas-sociaux", "familles" },
			{ "demandeurs-emploi", "jeunes" }, { "personnes-exilees", "femmes" }, { "seniors", "personnes-en-situation-de-handicap" },
			{ "familles", "residents-qpv-frr" } };

	/** Options ("--name=value", "--flag") and the number of services (the one positional argument, or 100 000). */
	record Args(Map<String, String> options, int services) {

		static Args parse(String[] args) {
			Map<String, String> options = new LinkedHashMap<>();
			int services = 100_000;
			for (String a : args) {
				if (a.startsWith("--")) {
					int eq = a.indexOf('=');
					options.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
				}
				else {
					services = Integer.parseInt(a.replace("_", ""));
				}
			}
			return new Args(options, services);
		}

	}

	public static void main(String[] args) {
		Args parsed = Args.parse(args);
		Map<String, String> options = parsed.options();
		int services = parsed.services();
		int iterations = Integer.parseInt(options.getOrDefault("iterations", "2000"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "500"));
		long seed = Long.parseLong(options.getOrDefault("seed", "20261123"));
		System.out.printf("load average before: %s%n", load());

		Instant now = Instant.parse("2026-11-23T09:30:00Z");
		DirectoryGenerator.Territory lyon = DirectoryGenerator.standalone().get(0);
		long t0 = System.nanoTime();
		List<ServiceEligibility> eligibility = new ArrayList<>(services);
		Map<String, Integer> offered = new HashMap<>();
		new DirectoryGenerator(seed, List.of(lyon), now).generate(services, org -> {
			if (!org.status().equals("ACTIVE")) {
				return;
			}
			Map<UUID, ServiceEligibility.Place> places = new HashMap<>();
			for (DirectoryGenerator.Loc l : org.locations()) {
				places.put(l.id(), place(l, lyon.id(), org.id(), now));
			}
			for (DirectoryGenerator.Svc s : org.services()) {
				if (!s.status().equals("PUBLISHED") && !s.status().equals("TEMPORARILY_CLOSED")) {
					continue;
				}
				eligibility.add(new ServiceEligibility(s.id(), org.id(), Map.of(s.language(), s.name()), org.name(),
						s.needs(), s.publics(), s.publicsReserved(), s.minAge(), s.maxAge(),
						s.wholeTerritory() || s.zoneAreas().isEmpty(), s.zoneAreas(), s.languages(), s.reception(),
						SaturationLevel.valueOf(s.saturation()), s.status().equals("TEMPORARILY_CLOSED"), null,
						s.verifyBy(), s.locations().stream().map(l -> places.get(l.id())).toList()));
				s.needs().forEach(n -> offered.merge(n, 1, Integer::sum));
			}
		});
		List<ServiceEligibility> snapshot = List.copyOf(eligibility);
		System.out.printf("%d services generated, %d eligible (published or temporarily closed, active organisation) in %.1f s%n",
				services, snapshot.size(), (System.nanoTime() - t0) / 1e9);
		long i0 = System.nanoTime();
		NeedIndex index = NeedIndex.of(snapshot);
		System.out.printf("index by need built in %.1f ms (once per snapshot, as DirectoryCatalog does)%n",
				(System.nanoTime() - i0) / 1e6);

		List<String> popular = offered.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(20)
			.map(Map.Entry::getKey)
			.toList();
		List<Query> queries = queries(popular, seed);
		long candidates = queries.stream()
			.mapToLong(q -> snapshot.stream().filter(s -> s.needs().contains(q.needs().get(0)) || s.needs().contains(q.needs().get(1))).count())
			.sum();
		System.out.printf("%d query variants; services offering one of the 2 needs: %d on average%n", queries.size(),
				candidates / queries.size());

		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Timings wall = new Timings("index + Matcher.match, wall clock");
		Timings cpu = new Timings("index + Matcher.match, CPU time of the thread");
		Timings scanWall = new Timings("full scan + Matcher.match, wall clock");
		Timings scanCpu = new Timings("full scan + Matcher.match, CPU time");
		long results = 0;
		long excluded = 0;
		for (int i = 0; i < warmup + iterations; i++) {
			Query q = queries.get(i % queries.size());
			Set<String> needs = Set.copyOf(q.needs());
			// the path of Matching.match: candidates from the index, then the rules; then, interleaved, the rules
			// over every service of the snapshot (what Matching did before the index), for comparison
			long c0 = threads.getCurrentThreadCpuTime();
			long w0 = System.nanoTime();
			MatchResult r = Matcher.match(q.profile(), needs, q.at(), now, index.offering(needs));
			long w1 = System.nanoTime();
			long c1 = threads.getCurrentThreadCpuTime();
			MatchResult full = options.containsKey("no-scan") ? r : Matcher.match(q.profile(), needs, q.at(), now, snapshot);
			long w2 = System.nanoTime();
			long c2 = threads.getCurrentThreadCpuTime();
			if (full.results().size() != r.results().size() || full.excluded().size() != r.excluded().size()) {
				throw new IllegalStateException("the index changes the answer");
			}
			if (i >= warmup) {
				wall.add(w1 - w0);
				cpu.add(c1 - c0);
				scanWall.add(w2 - w1);
				scanCpu.add(c2 - c1);
				results += r.results().size();
				excluded += r.excluded().size();
			}
		}
		System.out.printf("after %d warm-up rounds, %d measured; per match on average %d ranked, %d excluded%n", warmup,
				iterations, results / iterations, excluded / iterations);
		System.out.println(Timings.header());
		System.out.println(wall.row());
		System.out.println(cpu.row());
		System.out.println(scanWall.row());
		System.out.println(scanCpu.row());
		System.out.printf("target: p95 <= 25 ms at 100 000 services -> %s (wall p95 %.2f ms, CPU p95 %.2f ms)%n",
				wall.percentile(95) <= 25 ? "met" : "MISSED", wall.percentile(95), cpu.percentile(95));
		System.out.printf("load average after: %s%n", load());
	}

	record Query(MatchProfile profile, List<String> needs, Instant at) {
	}

	/** Pairs of popular needs, communes of Lyon, publics pairs; half now, half at a weekday time. */
	static List<Query> queries(List<String> popular, long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		List<Commune> communes = Places.LYON.stream().sorted(Comparator.comparingInt(Commune::population).reversed()).limit(8).toList();
		List<Query> out = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Commune c = communes.get(i % communes.size());
			String[] publics = PUBLIC_PAIRS[i % PUBLIC_PAIRS.length];
			List<String> needs = List.of(popular.get(i % 10), popular.get(10 + (i * 3) % 10));
			Instant at = i % 2 == 0 ? null
					: ZonedDateTime.of(LocalDate.of(2026, 11, 24).plusDays(i % 4), LocalTime.of(9 + i % 8, 30), PARIS)
						.toInstant();
			MatchProfile profile = new MatchProfile(18 + r.nextInt(60), c.code(), c.lat(), c.lon(),
					Set.of(publics), Set.of("fr"), 20, false);
			out.add(new Query(profile, needs, at));
		}
		return out;
	}

	/** A generated location as the directory's snapshot holds it: coordinates, commune, real opening hours. */
	static ServiceEligibility.Place place(DirectoryGenerator.Loc l, UUID territory, UUID organisation, Instant now) {
		Location location = new Location(l.id(), territory, organisation, l.country(), now);
		location.setCoordinates(l.latitude(), l.longitude());
		location.setAreaCode(l.areaCode());
		location.setClosedOnHolidays(l.closedOnHolidays());
		for (DirectoryGenerator.Slot s : l.slots()) {
			location.getWeekly().add(new WeeklySlot(s.day(), s.opens(), s.closes()));
		}
		OpeningHours hours = OpeningHours.of(location, PARIS);
		OpeningTimes times = l.slots().isEmpty() ? OpeningTimes.UNKNOWN : new OpeningTimes() {

			@Override
			public boolean known() {
				return true;
			}

			@Override
			public boolean isOpen(Instant at) {
				return hours.isOpen(at);
			}

			@Override
			public Optional<ZonedDateTime> nextOpening(Instant from) {
				return hours.nextOpening(from);
			}

		};
		return new ServiceEligibility.Place(l.id(), l.latitude(), l.longitude(), l.areaCode(), times);
	}

	static String load() {
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		return String.format("%.2f (1 min, %d cores)", os.getSystemLoadAverage(), os.getAvailableProcessors());
	}

	private MatchBench() {
	}

}
