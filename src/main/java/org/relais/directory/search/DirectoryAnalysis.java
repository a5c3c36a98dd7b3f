package org.relais.directory.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.core.io.ClassPathResource;

/**
 * Analyzers of the directory index: one per language (accent- and case-insensitive, light stemming, elision for
 * French and Italian), a language-neutral one for names and codes of mixed origin, and a normalizer for sorting.
 * The same chains are declared for the embedded Lucene backend and for an Elasticsearch/OpenSearch cluster, so the
 * backend is a matter of configuration ({@code RELAIS_SEARCH_BACKEND}).
 */
public class DirectoryAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("fr").custom()
			.tokenizer("standard")
			.tokenFilter("elision").param("articles", "directory/search/elision-fr.txt")
			.param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("frenchLightStem");
		context.analyzer("de").custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("germanNormalization")
			.tokenFilter("asciiFolding")
			.tokenFilter("germanLightStem");
		context.analyzer("it").custom()
			.tokenizer("standard")
			.tokenFilter("elision").param("articles", "directory/search/elision-it.txt")
			.param("ignoreCase", "true")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("italianLightStem");
		context.analyzer("en").custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("porterStem");
		context.analyzer("neutral").custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.normalizer("sort").custom()
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("relais_elision_fr").type("elision").param("articles", words("elision-fr.txt"))
			.param("articles_case", true);
		context.tokenFilter("relais_elision_it").type("elision").param("articles", words("elision-it.txt"))
			.param("articles_case", true);
		context.tokenFilter("relais_stem_fr").type("stemmer").param("language", "light_french");
		context.tokenFilter("relais_stem_de").type("stemmer").param("language", "light_german");
		context.tokenFilter("relais_stem_it").type("stemmer").param("language", "light_italian");
		context.tokenFilter("relais_possessive_en").type("stemmer").param("language", "possessive_english");
		context.analyzer("fr").custom().tokenizer("standard")
			.tokenFilters("relais_elision_fr", "lowercase", "asciifolding", "relais_stem_fr");
		context.analyzer("de").custom().tokenizer("standard")
			.tokenFilters("lowercase", "german_normalization", "asciifolding", "relais_stem_de");
		context.analyzer("it").custom().tokenizer("standard")
			.tokenFilters("relais_elision_it", "lowercase", "asciifolding", "relais_stem_it");
		context.analyzer("en").custom().tokenizer("standard")
			.tokenFilters("relais_possessive_en", "lowercase", "asciifolding", "porter_stem");
		context.analyzer("neutral").custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.normalizer("sort").custom().tokenFilters("lowercase", "asciifolding");
	}

	/** The words of a list shared by both backends (one per line). */
	static String[] words(String file) {
		try (InputStream in = new ClassPathResource("directory/search/" + file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(w -> !w.isEmpty() && !w.startsWith("#"))
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + file, ex);
		}
	}

}
