package org.relais.bench;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.relais.bench.Places.Commune;
import org.relais.bench.Vocabulary.Category;
import org.relais.bench.Vocabulary.Words;

/**
 * Generates a realistic directory, deterministically from a seed: organisations of the kinds found in a territory,
 * their locations in real communes (coordinates scattered around the commune centre, weighted by population) with
 * weekly hours, and their services with French or German texts composed from {@link Vocabulary}, needs and
 * publics of the data·inclusion taxonomy, zones, fees, reception modes, languages, accessibility, saturation,
 * status and freshness. Organisation {@code i} depends only on the seed and {@code i}, so a directory of 100 000
 * services starts with the one of 10 000.
 */
final class DirectoryGenerator {

	/** A territory services are generated in. */
	record Territory(UUID id, String slug, String language, String country, List<Commune> communes) {
	}

	record Slot(DayOfWeek day, LocalTime opens, LocalTime closes) {
	}

	record Loc(UUID id, String name, String address, String postalCode, String city, String areaCode, String country,
			double latitude, double longitude, String accessNotes, boolean closedOnHolidays, List<Slot> slots) {
	}

	record Svc(UUID id, int index, String language, String name, String summary, String description, String nameEn,
			String summaryEn, Set<String> needs, Set<String> types, Set<String> publics, boolean publicsReserved,
			Integer minAge, Integer maxAge, boolean wholeTerritory, Set<String> zoneAreas, Boolean feesFree,
			String feesDetails, Set<String> mobilisation, Set<String> mobilisers, Set<String> reception,
			Set<String> languages, Set<String> accessibility, String status, String saturation, Integer placesAvailable,
			Integer placesMaximum, String placesUnit, int verificationMonths, Instant assuredAt, Instant verifyBy,
			String phone, String email, Instant createdAt, Instant updatedAt, List<Loc> locations) {
	}

	record Org(UUID id, int index, Territory territory, String name, String description, String kind,
			String legalScheme, String legalId, String website, String email, String phone, String status,
			Instant createdAt, List<Loc> locations, List<Svc> services) {
	}

	static final String[] PUBLICS = { "actifs", "beneficiaires-des-minimas-sociaux", "demandeurs-emploi", "etudiants",
			"familles", "femmes", "jeunes", "personnes-en-situation-de-handicap", "personnes-en-situation-durgence",
			"personnes-en-situation-juridique-specifique", "personnes-exilees", "residents-qpv-frr", "seniors" };

	static final String[] TYPES = { "accompagnement", "aide-financiere", "aide-materielle", "atelier", "formation",
			"information" };

	static final String[] MOBILISATION = { "envoyer-un-courriel", "se-presenter", "telephoner",
			"utiliser-lien-mobilisation" };

	static final String[] ACCESSIBILITY = { "wheelchair", "step-free", "accessible-toilet", "hearing-loop",
			"sign-language", "easy-read", "braille", "quiet-space" };

	static final String[] OTHER_LANGUAGES = { "en", "ar", "es", "pt", "ti", "uk", "tr", "it", "sq" };

	/** Weekly hours as written on the door. */
	static final String[] HOURS = { "Mo-Fr 09:00-12:00,14:00-17:00", "Mo,We,Fr 09:00-12:30", "Tu-Sa 10:00-18:00",
			"Mo-Th 08:30-12:00,13:30-17:00; Fr 08:30-12:00", "We 14:00-17:00", "Mo-Fr 09:00-17:00",
			"Tu,Th 13:30-16:30", "Sa 09:00-12:00", "Mo-Fr 08:00-12:00,13:00-16:30; Sa 09:00-11:30",
			"Mo-Su 18:30-21:00", "Mo,Tu,Th,Fr 09:00-12:00", "Tu 09:00-12:00; Th 14:00-18:00" };

	private static final List<List<Slot>> HOUR_SLOTS = java.util.Arrays.stream(HOURS).map(DirectoryGenerator::slots).toList();

	private final long seed;

	private final List<Territory> territories;

	private final Instant now;

	private final Map<String, List<String>> needsByCategory;

	private final int totalWeight;

	DirectoryGenerator(long seed, List<Territory> territories, Instant now) {
		this.seed = seed;
		this.territories = territories;
		this.now = now.truncatedTo(ChronoUnit.DAYS);
		this.needsByCategory = needs();
		this.totalWeight = Vocabulary.CATEGORIES.stream().mapToInt(Category::weight).sum();
	}

	/** The two demo territories with made-up ids (for files that carry no territory). */
	static List<Territory> standalone() {
		return List.of(
				new Territory(new UUID(0x1a1a1a1a1a1a4a1aL, 0x8a1a1a1a1a1a1a1aL), "metropole-de-lyon", "fr", "FR",
						Places.LYON),
				new Territory(new UUID(0x2b2b2b2b2b2b4b2bL, 0x8b2b2b2b2b2b2b2bL), "kanton-zuerich", "de", "CH",
						Places.ZURICH));
	}

	/** Generates organisations until {@code services} services were produced; returns the number of organisations. */
	int generate(int services, Consumer<Org> sink) {
		int produced = 0;
		int i = 0;
		while (produced < services) {
			Org org = organisation(i++, services - produced, produced);
			produced += org.services().size();
			sink.accept(org);
		}
		return i;
	}

	Org organisation(int index, int maxServices, int firstServiceIndex) {
		SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
		Territory t = territories.get(r.nextInt(100) < 70 || territories.size() == 1 ? 0 : 1);
		boolean de = t.language().equals("de");
		Commune home = commune(r, t);
		String kind = pick(r, new String[] { "ASSOCIATION", "SOCIAL_SERVICE", "PUBLIC_SERVICE", "DIGITAL_SPACE",
				"EMPLOYMENT_SERVICE", "HEALTH", "OTHER" }, new int[] { 55, 12, 8, 7, 8, 7, 3 });
		String core = de ? pick(r, Vocabulary.ORG_CORE_DE) : pick(r, Vocabulary.ORG_CORE_FR);
		String name = switch (kind) {
			case "SOCIAL_SERVICE" -> de ? "Soziale Dienste " + home.name()
					: (r.nextBoolean() ? "CCAS de " : "Maison de la Métropole de ") + home.name();
			case "PUBLIC_SERVICE" -> de ? "Stadt " + home.name() + " – Sozialdepartement"
					: (r.nextBoolean() ? "France Services " : "Mairie de ") + home.name();
			case "DIGITAL_SPACE" -> (de ? "Digitalcafé " : "Espace numérique ") + core;
			case "EMPLOYMENT_SERVICE" -> de ? "RAV " + home.name()
					: (r.nextBoolean() ? "Mission locale " : "Maison de l’emploi ") + home.name();
			case "HEALTH" -> (de ? "Gesundheitszentrum " : "Centre de santé ") + core;
			default -> (de ? pick(r, Vocabulary.ORG_PREFIX_DE) : pick(r, Vocabulary.ORG_PREFIX_FR)) + " " + core
					+ (r.nextInt(100) < 40 ? " " + home.name() : "");
		};
		String slug = slug(name) + "-" + index;
		String description = de ? name + " unterstützt Menschen in " + home.name() + " und Umgebung seit "
				+ (1950 + r.nextInt(70)) + "."
				: name + " accompagne les habitants de " + home.name() + " et des communes voisines depuis "
						+ (1950 + r.nextInt(70)) + ".";
		String legalScheme = de ? "CHE" : r.nextBoolean() ? "SIRET" : "RNA";
		String legalId = switch (legalScheme) {
			case "CHE" -> String.format("CHE-%03d.%03d.%03d", r.nextInt(1000), r.nextInt(1000), r.nextInt(1000));
			case "RNA" -> String.format("W69%07d", r.nextInt(10_000_000));
			default -> String.format("%09d%05d", r.nextInt(1_000_000_000), r.nextInt(100_000));
		};
		String phone = phone(r, de);
		Instant created = now.minus(30 + r.nextInt(1500), ChronoUnit.DAYS);
		UUID id = uuid(r);
		int nLocations = r.nextInt(100) < 60 ? 1 : r.nextInt(100) < 75 ? 2 : 3;
		List<Loc> locations = new ArrayList<>();
		for (int l = 0; l < nLocations; l++) {
			locations.add(location(r, t, l == 0 ? home : commune(r, t), name, l));
		}
		int roll = r.nextInt(100);
		int nServices = roll < 35 ? 1 : roll < 60 ? 2 : roll < 75 ? 3 : roll < 95 ? 4 + r.nextInt(3) : 7 + r.nextInt(6);
		nServices = Math.min(nServices, maxServices);
		List<Svc> services = new ArrayList<>();
		for (int s = 0; s < nServices; s++) {
			services.add(service(r, t, firstServiceIndex + s, locations, phone, slug, created));
		}
		String status = r.nextInt(100) < 96 ? "ACTIVE" : "PENDING";
		return new Org(id, index, t, name, description, kind, legalScheme, legalId, "https://" + slug + ".example.org",
				"contact@" + slug + ".example.org", phone, status, created, locations, services);
	}

	private Loc location(SplittableRandom r, Territory t, Commune c, String orgName, int n) {
		boolean de = t.language().equals("de");
		double spread = 0.004 + 0.012 * Math.sqrt(c.population() / 500_000.0);
		double lat = c.lat() + gaussian(r) * spread;
		double lon = c.lon() + gaussian(r) * spread * 1.45;
		String street = de ? pick(r, Places.STREETS_DE) : pick(r, Places.STREETS_FR);
		String address = de ? street + " " + (1 + r.nextInt(180)) : (1 + r.nextInt(180)) + " " + street;
		String name = n == 0 ? orgName : (de ? "Standort " : "Antenne ") + c.name();
		String access = r.nextInt(100) < 30 ? (de ? pick(r, new String[] { "Eingang im Hof, Lift vorhanden.",
				"2. Stock, bitte klingeln.", "Eingang neben der Apotheke." })
				: pick(r, new String[] { "Entrée par la cour, ascenseur à gauche.", "Au 2e étage, sonner à l’interphone.",
						"Accès par le parking, porte bleue." }))
				: null;
		return new Loc(uuid(r), name, address, pick(r, c.postalCodes()), c.name(), c.code(), t.country(), lat, lon,
				access, r.nextInt(100) < 85, HOUR_SLOTS.get(r.nextInt(HOUR_SLOTS.size())));
	}

	private Svc service(SplittableRandom r, Territory t, int index, List<Loc> orgLocations, String phone, String slug,
			Instant orgCreated) {
		String lang = t.language();
		Category cat = category(r);
		Words words = cat.in(lang);
		List<String> catNeeds = needsByCategory.get(cat.code());
		Set<String> needs = new LinkedHashSet<>();
		needs.add(catNeeds.get(r.nextInt(catNeeds.size())));
		if (r.nextInt(100) < 40) {
			needs.add(catNeeds.get(r.nextInt(catNeeds.size())));
		}
		if (r.nextInt(100) < 25) {
			List<String> other = needsByCategory.get(category(r).code());
			needs.add(other.get(r.nextInt(other.size())));
		}
		List<Loc> locations = new ArrayList<>();
		locations.add(orgLocations.get(r.nextInt(orgLocations.size())));
		if (orgLocations.size() > 1 && r.nextInt(100) < 25) {
			for (Loc l : orgLocations) {
				if (!locations.contains(l)) {
					locations.add(l);
					break;
				}
			}
		}
		String city = locations.get(0).city();
		String name = pick(r, words.names()) + (r.nextInt(100) < 40 ? " – " + city : "");
		String summary = pick(r, words.summaries());
		StringBuilder description = new StringBuilder(summary).append(".\n\n");
		int sentences = 1 + r.nextInt(words.sentences().length);
		for (int i = 0; i < sentences; i++) {
			description.append(words.sentences()[(i + r.nextInt(words.sentences().length)) % words.sentences().length])
				.append(' ');
		}
		description.append(lang.equals("de") ? pick(r, Vocabulary.COMMON_DE) : pick(r, Vocabulary.COMMON_FR));
		String nameEn = null;
		String summaryEn = null;
		if (r.nextInt(100) < 15) {
			nameEn = pick(r, cat.en().names());
			summaryEn = pick(r, cat.en().summaries());
		}
		Set<String> types = new LinkedHashSet<>();
		types.add(pick(r, TYPES));
		if (r.nextBoolean()) {
			types.add(pick(r, TYPES));
		}
		Set<String> publics = new LinkedHashSet<>();
		if (r.nextInt(100) < 30) {
			publics.add("tous-publics");
		}
		else {
			for (int i = 1 + r.nextInt(3); i > 0; i--) {
				publics.add(pick(r, PUBLICS));
			}
		}
		Integer minAge = null;
		Integer maxAge = null;
		int ageRoll = r.nextInt(100);
		if (publics.contains("jeunes") || ageRoll < 8) {
			minAge = 16;
			maxAge = 25;
		}
		else if (publics.contains("seniors") || ageRoll < 14) {
			minAge = 60;
		}
		else if (ageRoll < 25) {
			minAge = 18;
		}
		boolean whole = r.nextInt(100) < 60;
		Set<String> zone = new LinkedHashSet<>();
		if (!whole) {
			zone.add(locations.get(0).areaCode());
			for (int i = r.nextInt(3); i > 0; i--) {
				zone.add(commune(r, t).code());
			}
		}
		int feeRoll = r.nextInt(100);
		Boolean free = feeRoll < 75 ? Boolean.TRUE : feeRoll < 90 ? Boolean.FALSE : null;
		String feesDetails = Boolean.FALSE.equals(free)
				? (lang.equals("de") ? "CHF " + (5 + r.nextInt(40)) + " pro Termin, Reduktion mit KulturLegi"
						: (2 + r.nextInt(30)) + " € selon le quotient familial")
				: null;
		Set<String> mobilisation = new LinkedHashSet<>();
		for (int i = 1 + r.nextInt(3); i > 0; i--) {
			mobilisation.add(pick(r, MOBILISATION));
		}
		if (r.nextInt(100) < 30) {
			mobilisation.add("relais-referral");
		}
		int mobRoll = r.nextInt(100);
		Set<String> mobilisers = mobRoll < 60 ? Set.of("professionnels", "usagers")
				: mobRoll < 85 ? Set.of("professionnels") : Set.of("usagers");
		int recRoll = r.nextInt(100);
		Set<String> reception = recRoll < 70 ? Set.of("en-presentiel")
				: recRoll < 95 ? Set.of("en-presentiel", "a-distance") : Set.of("a-distance");
		Set<String> languages = new LinkedHashSet<>();
		languages.add(lang);
		if (r.nextInt(100) < 30) {
			languages.add("en");
		}
		if (r.nextInt(100) < 15) {
			languages.add(pick(r, OTHER_LANGUAGES));
		}
		Set<String> accessibility = new LinkedHashSet<>();
		for (int i = r.nextInt(4); i > 0; i--) {
			accessibility.add(pick(r, ACCESSIBILITY));
		}
		String status = pick(r, new String[] { "PUBLISHED", "TEMPORARILY_CLOSED", "DRAFT", "ARCHIVED" },
				new int[] { 90, 3, 4, 3 });
		String saturation = pick(r, new String[] { "AVAILABLE", "LIMITED", "WAITLIST", "FULL" },
				new int[] { 60, 20, 8, 12 });
		Integer max = null;
		Integer available = null;
		String unit = null;
		if (r.nextInt(100) < 40) {
			max = 10 + r.nextInt(90);
			available = switch (saturation) {
				case "FULL", "WAITLIST" -> 0;
				case "LIMITED" -> 1 + r.nextInt(Math.max(1, max / 10));
				default -> max / 4 + r.nextInt(Math.max(1, max - max / 4));
			};
			unit = lang.equals("de") ? pick(r, new String[] { "Plätze", "Termine", "Betten" })
					: pick(r, new String[] { "places", "rendez-vous", "colis", "lits" });
		}
		int months = pick(r, new int[] { 1, 3, 6, 12 }, new int[] { 5, 20, 60, 15 });
		Instant assured = now.minus(r.nextInt(400), ChronoUnit.DAYS);
		Instant verifyBy = assured.plus(months * 30L, ChronoUnit.DAYS);
		Instant created = orgCreated.plus(r.nextInt(30), ChronoUnit.DAYS);
		Instant updated = assured.isAfter(created) ? assured : created;
		return new Svc(uuid(r), index, lang, name, summary, description.toString(), nameEn, summaryEn, needs, types,
				publics, r.nextInt(100) < 15, minAge, maxAge, whole, zone, free, feesDetails, mobilisation, mobilisers,
				reception, languages, accessibility, status, saturation, available, max, unit, months, assured,
				verifyBy, r.nextInt(100) < 50 ? phone : phone(r, lang.equals("de")),
				r.nextInt(100) < 60 ? "accueil@" + slug + ".example.org" : null, created, updated, locations);
	}

	private Category category(SplittableRandom r) {
		int roll = r.nextInt(totalWeight);
		for (Category c : Vocabulary.CATEGORIES) {
			roll -= c.weight();
			if (roll < 0) {
				return c;
			}
		}
		throw new IllegalStateException();
	}

	private static Commune commune(SplittableRandom r, Territory t) {
		long total = 0;
		for (Commune c : t.communes()) {
			total += c.population();
		}
		long roll = r.nextLong(total);
		for (Commune c : t.communes()) {
			roll -= c.population();
			if (roll < 0) {
				return c;
			}
		}
		return t.communes().get(0);
	}

	private static String phone(SplittableRandom r, boolean de) {
		return de ? String.format("044 %03d %02d %02d", r.nextInt(1000), r.nextInt(100), r.nextInt(100))
				: String.format("04 7%d %02d %02d %02d", r.nextInt(10), r.nextInt(100), r.nextInt(100), r.nextInt(100));
	}

	static UUID uuid(SplittableRandom r) {
		long hi = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long lo = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(hi, lo);
	}

	private static double gaussian(SplittableRandom r) {
		// Box-Muller, clipped to 3 sigma
		double g = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
		return Math.max(-3, Math.min(3, g));
	}

	private static String pick(SplittableRandom r, String[] values) {
		return values[r.nextInt(values.length)];
	}

	private static String pick(SplittableRandom r, String[] values, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int roll = r.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		return values[0];
	}

	private static int pick(SplittableRandom r, int[] values, int[] weights) {
		String[] s = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			s[i] = Integer.toString(values[i]);
		}
		return Integer.parseInt(pick(r, s, weights));
	}

	static String slug(String name) {
		return java.text.Normalizer.normalize(name.toLowerCase(), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	static List<Slot> slots(String spec) {
		List<String> days = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
		List<Slot> slots = new ArrayList<>();
		for (String part : spec.split(";")) {
			String[] dayAndTimes = part.strip().split(" ");
			Set<DayOfWeek> on = new LinkedHashSet<>();
			for (String item : dayAndTimes[0].split(",")) {
				if (item.contains("-")) {
					for (int d = days.indexOf(item.substring(0, 2)); d <= days.indexOf(item.substring(3, 5)); d++) {
						on.add(DayOfWeek.of(d + 1));
					}
				}
				else {
					on.add(DayOfWeek.of(days.indexOf(item) + 1));
				}
			}
			for (DayOfWeek day : on) {
				for (String range : dayAndTimes[1].split(",")) {
					String[] hm = range.split("-");
					slots.add(new Slot(day, LocalTime.parse(hm[0]), LocalTime.parse(hm[1])));
				}
			}
		}
		return List.copyOf(slots);
	}

	/** The needs of each category, from the taxonomy files the application ships. */
	private static Map<String, List<String>> needs() {
		Map<String, List<String>> byCategory = new LinkedHashMap<>();
		Pattern value = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");
		for (String file : List.of("thematiques", "relais-needs")) {
			String resource = "directory/taxonomy/" + file + ".json";
			try (InputStream in = DirectoryGenerator.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException(resource + " is not on the class path");
				}
				Matcher m = value.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
				while (m.find()) {
					String need = m.group(1);
					byCategory.computeIfAbsent(need.substring(0, need.indexOf("--")), c -> new ArrayList<>()).add(need);
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot read " + resource, ex);
			}
		}
		for (Category c : Vocabulary.CATEGORIES) {
			if (!byCategory.containsKey(c.code())) {
				throw new IllegalStateException("no need in category " + c.code());
			}
		}
		return byCategory;
	}

}
