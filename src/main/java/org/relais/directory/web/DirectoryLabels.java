package org.relais.directory.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.relais.directory.domain.Taxonomy;

/** Labels of taxonomy codes in the reader's language, for templates ({@code ${labels.need(code)}}). */
public final class DirectoryLabels {

	private final Taxonomy taxonomy;

	private final Locale locale;

	DirectoryLabels(Taxonomy taxonomy, Locale locale) {
		this.taxonomy = taxonomy;
		this.locale = locale;
	}

	public String need(String code) {
		return taxonomy.label(Taxonomy.Vocabulary.NEEDS, code, locale);
	}

	public String category(String code) {
		return taxonomy.categoryLabel(code, locale);
	}

	public String audience(String code) {
		return taxonomy.label(Taxonomy.Vocabulary.PUBLICS, code, locale);
	}

	public String serviceType(String code) {
		return taxonomy.label(Taxonomy.Vocabulary.SERVICE_TYPES, code, locale);
	}

	public String reception(String code) {
		return taxonomy.label(Taxonomy.Vocabulary.RECEPTION, code, locale);
	}

	public String mobilisation(String code) {
		return taxonomy.label(Taxonomy.Vocabulary.MOBILISATION, code, locale);
	}

	public String mobiliser(String code) {
		return taxonomy.label(Taxonomy.Vocabulary.MOBILISERS, code, locale);
	}

	public String accessibility(String code) {
		return taxonomy.label(Taxonomy.Vocabulary.ACCESSIBILITY, code, locale);
	}

	public String prerequisite(String code) {
		return taxonomy.label(Taxonomy.Vocabulary.PREREQUISITES, code, locale);
	}

	public String document(String code) {
		return taxonomy.label(Taxonomy.Vocabulary.DOCUMENTS, code, locale);
	}

	/** The global list's labels followed by the organisation's own text, for a service page or sheet. */
	public List<String> conditions(Collection<String> codes, String other, boolean documents) {
		List<String> all = new java.util.ArrayList<>(
				codes.stream().map(c -> documents ? document(c) : prerequisite(c)).sorted().toList());
		if (other != null && !other.isBlank()) {
			all.add(other.strip());
		}
		return all;
	}

	/** A language's name in the reader's language (from the JDK). */
	public String language(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	public List<String> needs(Collection<String> codes) {
		return codes.stream().map(this::need).sorted().toList();
	}

}
