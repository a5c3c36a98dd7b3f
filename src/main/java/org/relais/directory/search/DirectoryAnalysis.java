package org.relais.directory.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers of the directory index: one per language (accent- and case-insensitive, light stemming, elision for
 * French and Italian), a language-neutral one for names and codes of mixed origin, and a normalizer for sorting.
 */
public class DirectoryAnalysis implements LuceneAnalysisConfigurer {

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

}
