package org.relais.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * One typical professional search: free text, a need category, not full, open on a weekday, within a radius of a
 * point of Lyon, by relevance, first page of 20 with facets. {@link #variants} gives the varied set the benchmark
 * cycles through (different texts, categories, points and days, some with a typo) so that caches do not make it
 * trivial.
 */
record BenchQuery(String text, String category, double latitude, double longitude, double radiusKm, LocalDate day) {

	private static final String[][] TEXTS = { { "aide alimentaire", "equipement-et-alimentation" },
			{ "épicerie solidaire", "equipement-et-alimentation" }, { "hébergement d'urgence", "logement-hebergement" },
			{ "accès aux droits", "difficultes-administratives-ou-juridiques" },
			{ "permanence juridique", "difficultes-administratives-ou-juridiques" }, { "aide numérique", "numerique" },
			{ "cours de français", "lecture-ecriture-calcul" }, { "accompagnement emploi", "trouver-un-emploi" },
			{ "soins dentaires", "sante" }, { "parentalité", "famille" }, { "surendettement", "difficultes-financieres" },
			{ "garage solidaire", "mobilite" }, { "epicerie solidare", "equipement-et-alimentation" },
			{ "aide alimentair", "equipement-et-alimentation" } };

	/** Lyon, Villeurbanne, Vénissieux, Bron, Vaulx-en-Velin, Saint-Priest, Caluire, Oullins. */
	private static final double[][] POINTS = { { 45.7640, 4.8357 }, { 45.7719, 4.8902 }, { 45.6975, 4.8867 },
			{ 45.7386, 4.9135 }, { 45.7787, 4.9217 }, { 45.6960, 4.9440 }, { 45.7950, 4.8460 }, { 45.7140, 4.8080 } };

	static List<BenchQuery> variants(int count, LocalDate today) {
		List<BenchQuery> variants = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String[] text = TEXTS[i % TEXTS.length];
			double[] p = POINTS[(i * 7 + i / TEXTS.length) % POINTS.length];
			double jitter = ((i * 37) % 11 - 5) * 0.002;
			LocalDate day = today.with(TemporalAdjusters.next(DayOfWeek.of(1 + i % 5)));
			variants.add(new BenchQuery(text[0], text[1], p[0] + jitter, p[1] - jitter, 10, day));
		}
		return variants;
	}

}
