package org.relais.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The floor: the benchmark's search run with plain Lucene on the very index Hibernate Search wrote (opened
 * read-only next to it), built as the equivalent BooleanQuery — same fields, same analyzers (taken from the
 * backend), the same text clauses with boosts and one-typo fuzziness, the same filters (territory, visible status,
 * active organisation, need category, not full, open on a day through the nested slot documents, within a radius),
 * sorted by score then name, top 20 with the exact total, the same eight facets counted over the whole result, and
 * the service ids of the page read from the stored field. No database, no entity.
 */
final class RawLuceneSearch implements AutoCloseable {

	static final String TYPE_FIELD = "__HSEARCH_type";

	static final String NESTED_PATH_FIELD = "__HSEARCH_nested_document_path";

	static final String[] LANGUAGES = { "fr", "de", "it", "en" };

	static final List<String> FACETS = List.of("need_category", "need", "public", "fees", "reception", "language",
			"accessibility", "saturation");

	record Result(long total, List<String> serviceIds, Map<String, Map<String, Long>> facets) {
	}

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final Function<String, Analyzer> analyzers;

	private final QueryBitSetProducer parents = new QueryBitSetProducer(new TermQuery(new Term(TYPE_FIELD, "main")));

	RawLuceneSearch(Path indexDirectory, Function<String, Analyzer> analyzers) throws IOException {
		this.reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
		this.searcher = new IndexSearcher(reader);
		this.analyzers = analyzers;
	}

	int maxDoc() {
		return reader.maxDoc();
	}

	Query query(String territoryId, BenchQuery q) {
		return query(territoryId, q, Set.of());
	}

	/**
	 * The query, or a variant of it for the floor's own breakdown: {@code without} may name {@code fuzzy} (no
	 * typo-tolerant clauses), {@code fuzzy-other-languages} (typo-tolerant only in the reader's language, French,
	 * and the neutral field), {@code geo} (no distance filter), {@code nested} (no "open on a day" join), and
	 * {@code geo-docvalues} checks the distance with doc values when fewer documents are left to check.
	 */
	Query query(String territoryId, BenchQuery q, Set<String> without) {
		BooleanQuery.Builder root = new BooleanQuery.Builder();
		root.add(new TermQuery(new Term(TYPE_FIELD, "main")), Occur.FILTER);
		root.add(new TermQuery(new Term("territory", territoryId)), Occur.FILTER);
		root.add(new TermInSetQuery("status", List.of(new BytesRef("PUBLISHED"), new BytesRef("TEMPORARILY_CLOSED"))),
				Occur.FILTER);
		root.add(new TermQuery(new Term("org_status", "ACTIVE")), Occur.FILTER);
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String l : LANGUAGES) {
			add(any, match("name_" + l, analyzers.apply(l), q.text(), false), 4f);
			add(any, match("text_" + l, analyzers.apply(l), q.text(), false), 2f);
			if (!without.contains("fuzzy") && !(without.contains("fuzzy-other-languages") && !l.equals("fr"))) {
				add(any, match("text_" + l, analyzers.apply(l), q.text(), true), 1f);
			}
		}
		if (!without.contains("fuzzy")) {
			add(any, match("text_neutral", analyzers.apply("neutral"), q.text(), true), 1f);
		}
		root.add(any.build(), Occur.MUST);
		root.add(new TermQuery(new Term("need_category", q.category())), Occur.FILTER);
		root.add(new TermQuery(new Term("saturation", "FULL")), Occur.MUST_NOT);
		root.add(new TermQuery(new Term("status", "TEMPORARILY_CLOSED")), Occur.MUST_NOT);
		BooleanQuery.Builder child = new BooleanQuery.Builder();
		child.add(new TermQuery(new Term(NESTED_PATH_FIELD, "slot")), Occur.FILTER);
		child.add(IntPoint.newExactQuery("slot.day", q.day().getDayOfWeek().getValue()), Occur.FILTER);
		if (!without.contains("nested")) {
			root.add(new ToParentBlockJoinQuery(child.build(), parents, org.apache.lucene.search.join.ScoreMode.None),
					Occur.FILTER);
		}
		Query geo = LatLonPoint.newDistanceQuery("geo", q.latitude(), q.longitude(), q.radiusKm() * 1000);
		if (without.contains("geo-docvalues")) {
			geo = new org.apache.lucene.search.IndexOrDocValuesQuery(geo, org.apache.lucene.document.LatLonDocValuesField
				.newSlowDistanceQuery("geo", q.latitude(), q.longitude(), q.radiusKm() * 1000));
		}
		if (!without.contains("geo")) {
			root.add(geo, Occur.FILTER);
		}
		return root.build();
	}

	Result search(String territoryId, BenchQuery q, int size) {
		return search(territoryId, q, size, Set.of());
	}

	Result search(String territoryId, BenchQuery q, int size, Set<String> without) {
		try {
			Sort sort = new Sort(SortField.FIELD_SCORE, new org.apache.lucene.search.SortedSetSortField("sort_name", false));
			FacetCounts facets = new FacetCounts(without.contains("facets") ? List.of() : FACETS);
			Object[] results = searcher.search(query(territoryId, q, without),
					new MultiCollectorManager(new TopFieldCollectorManager(sort, size, null, Integer.MAX_VALUE), facets));
			TopFieldDocs top = (TopFieldDocs) results[0];
			List<String> ids = new ArrayList<>();
			var stored = searcher.storedFields();
			for (ScoreDoc d : top.scoreDocs) {
				ids.add(stored.document(d.doc, Set.of("service_id")).get("service_id"));
			}
			return new Result(top.totalHits.value, ids, facets.result());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A match of all the analysed terms of {@code text} in {@code field} (HS: minimumShouldMatchPercent(100)). */
	private static Query match(String field, Analyzer analyzer, String text, boolean fuzzy) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream ts = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				tokens.add(term.toString());
			}
			ts.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (tokens.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		for (String token : tokens) {
			Term t = new Term(field, token);
			b.add(fuzzy ? new FuzzyQuery(t, 1, 1) : new TermQuery(t), Occur.SHOULD);
		}
		b.setMinimumNumberShouldMatch(tokens.size());
		return b.build();
	}

	private static void add(BooleanQuery.Builder b, Query q, float boost) {
		if (q != null) {
			b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	/** Counts, per facet field, the matching documents of each value (doc values, like a terms aggregation). */
	static final class FacetCounts implements CollectorManager<Collector, Object> {

		private final List<String> fields;

		private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

		FacetCounts(List<String> fields) {
			this.fields = fields;
			fields.forEach(f -> counts.put(f, new HashMap<>()));
		}

		@Override
		public Collector newCollector() {
			return new Collector() {

				@Override
				public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
					SortedSetDocValues[] values = new SortedSetDocValues[fields.size()];
					long[][] ords = new long[fields.size()][];
					for (int i = 0; i < values.length; i++) {
						values[i] = context.reader().getSortedSetDocValues(fields.get(i));
						ords[i] = values[i] == null ? new long[0] : new long[(int) values[i].getValueCount()];
					}
					return new LeafCollector() {

						@Override
						public void setScorer(Scorable scorer) {
						}

						@Override
						public void collect(int doc) throws IOException {
							for (int i = 0; i < values.length; i++) {
								SortedSetDocValues dv = values[i];
								if (dv != null && dv.advanceExact(doc)) {
									for (int k = dv.docValueCount(); k > 0; k--) {
										ords[i][(int) dv.nextOrd()]++;
									}
								}
							}
						}

						@Override
						public void finish() throws IOException {
							for (int i = 0; i < values.length; i++) {
								Map<String, Long> c = counts.get(fields.get(i));
								for (int o = 0; o < ords[i].length; o++) {
									if (ords[i][o] > 0) {
										c.merge(values[i].lookupOrd(o).utf8ToString(), ords[i][o], Long::sum);
									}
								}
							}
						}
					};
				}

				@Override
				public ScoreMode scoreMode() {
					return ScoreMode.COMPLETE_NO_SCORES;
				}
			};
		}

		@Override
		public Object reduce(java.util.Collection<Collector> collectors) {
			return null;
		}

		Map<String, Map<String, Long>> result() {
			Map<String, Map<String, Long>> top = new LinkedHashMap<>();
			counts.forEach((field, c) -> {
				Map<String, Long> sorted = new LinkedHashMap<>();
				c.entrySet()
					.stream()
					.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
					.limit(200)
					.forEach(e -> sorted.put(e.getKey(), e.getValue()));
				top.put(field, sorted);
			});
			return top;
		}

	}

}
