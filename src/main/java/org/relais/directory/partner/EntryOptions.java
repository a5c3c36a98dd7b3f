package org.relais.directory.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.relais.directory.domain.Taxonomy;
import org.relais.directory.domain.Taxonomy.Vocabulary;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The choices offered by the editors, labelled in the reader's language. */
@Component
class EntryOptions {

	/** The global list of access conditions; labels {@code directory.edit.prerequisite.<code>}. */
	static final List<String> PREREQUISITES = List.of("id-document", "proof-of-address", "professional-referral",
			"appointment", "registered-job-seeker", "income-condition", "residence-in-zone");

	/** The global list of documents to bring; labels {@code directory.edit.document.<code>}. */
	static final List<String> DOCUMENTS = List.of("id-card", "residence-permit", "proof-of-address",
			"income-statement", "tax-notice", "health-insurance-card", "bank-details");

	/** Languages a service may speak (ISO 639-1); labels {@code directory.edit.language.<code>}. */
	static final List<String> LANGUAGES = List.of("fr", "de", "it", "en", "es", "pt", "ar", "tr", "ru", "uk", "fa",
			"ps", "ti", "sq", "ro", "pl");

	/** A code and its label. */
	record Option(String code, String label) {
	}

	/** A labelled group of options (a need category and its needs). */
	record OptionGroup(String code, String label, List<Option> options) {
	}

	private final Taxonomy taxonomy;

	private final MessageSource messages;

	private final TerritoryCatalog territories;

	EntryOptions(Taxonomy taxonomy, MessageSource messages, TerritoryCatalog territories) {
		this.taxonomy = taxonomy;
		this.messages = messages;
		this.territories = territories;
	}

	List<Option> vocabulary(Vocabulary vocabulary, Locale locale) {
		return taxonomy.codes(vocabulary).stream().map(c -> new Option(c, taxonomy.label(vocabulary, c, locale))).toList();
	}

	List<OptionGroup> needs(Locale locale) {
		List<OptionGroup> groups = new ArrayList<>();
		for (Taxonomy.Category c : taxonomy.needCategories()) {
			groups.add(new OptionGroup(c.code(), taxonomy.categoryLabel(c.code(), locale),
					c.needs().stream().map(n -> new Option(n, taxonomy.label(Vocabulary.NEEDS, n, locale))).toList()));
		}
		return groups;
	}

	List<Option> keyed(Collection<String> codes, String prefix, Locale locale) {
		return codes.stream().map(c -> new Option(c, messages.getMessage(prefix + c, null, c, locale))).toList();
	}

	List<Option> areas(java.util.UUID territoryId, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (AreaSummary a : territories.areas(territoryId)) {
			String kind = messages.getMessage("territory.areaKind." + a.kind(), null, a.kind().name(), locale);
			options.add(new Option(a.code(), a.name() + " (" + kind + ", " + a.code() + ")"));
		}
		return options;
	}

	java.util.Set<String> areaCodes(java.util.UUID territoryId) {
		java.util.Set<String> codes = new java.util.HashSet<>();
		territories.areas(territoryId).forEach(a -> codes.add(a.code()));
		return codes;
	}

	boolean valid(Vocabulary vocabulary, Collection<String> codes) {
		return taxonomy.unknown(vocabulary, codes).isEmpty();
	}

}
