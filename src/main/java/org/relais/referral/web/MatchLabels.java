package org.relais.referral.web;

import java.util.Locale;

import org.relais.directory.DirectoryCatalog;

/** Labels of vocabulary codes in the reader's language, for the matching templates ({@code ${labels.need(code)}}). */
public final class MatchLabels {

	private final DirectoryCatalog directory;

	private final Locale locale;

	MatchLabels(DirectoryCatalog directory, Locale locale) {
		this.directory = directory;
		this.locale = locale;
	}

	public String need(String code) {
		return directory.needLabel(code, locale);
	}

	public String category(String code) {
		return directory.needCategoryLabel(code, locale);
	}

	public String audience(String code) {
		return directory.publicLabel(code, locale);
	}

	/** A language's name in the reader's language (from the JDK). */
	public String language(String code) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
